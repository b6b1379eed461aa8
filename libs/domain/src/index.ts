export * from './shared/vocabulary';
export * from './shared/event';
export * from './events';
export type * from './account/account.events';
export type * from './agency/agency.events';
export type * from './candidate/candidate.events';
export type * from './application/application.events';
export type * from './goal/goal.events';
