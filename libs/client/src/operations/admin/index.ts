export * from './queue';
export * from './request';
export * from './candidates';
export * from './analytics';
export * from './analytics-target';
export * from './assignment';
export * from './schema-sdl';
export * from './privacy';
