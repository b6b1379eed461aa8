export { createPivotalClient, webSocketUrlFor, type PivotalClientOptions } from './client';
export { cacheOptions, keys } from './cache';
export {
  createSessionStore,
  tokenExpiry,
  type Session,
  type SessionStore,
  type SessionStoreOptions,
} from './session';
export {
  describeError,
  errorCode,
  isAuthError,
  retryableFailure,
  toFormErrors,
  type ErrorCode,
  type FormErrors,
  type QueryFailure,
} from './errors';
export { graphql, readFragment, type FragmentOf, type ResultOf, type VariablesOf } from './graphql';
export * from './operations/web/fragments';
export * from './operations/web/session';
export * from './operations/web/dashboard';
export * from './operations/web/application';
export * from './operations/web/goals';
export * from './operations/web/feedback';
export * from './operations/web/feedback-received';
export * from './operations/web/privacy';
export { dataExportFileName, saveTextFile } from './save-file';
export * from './operations/web/applications-csv';
export * from './operations/web/tracker';
export * from './operations/admin';
export {
  applicationStatusLabels,
  applicationStatuses,
  feedbackThemes,
  goalStatusLabels,
  humanize,
  labelOf,
  polarities,
  polarityLabels,
  recommendationLabels,
  recommendations,
  themeLabels,
  type ApplicationStatus,
  type EnumValue,
  type FeedbackTheme,
  type GoalStatus,
  type Polarity,
  type Recommendation,
} from './labels';
