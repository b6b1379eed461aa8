export * from './queue';
export * from './request';
export * from './candidates';
export * from './analytics';
export * from './schema-sdl';
export * from './privacy';
