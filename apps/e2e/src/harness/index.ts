export { apiCli, apiEnvironment, type ApiCli } from './api-cli';
export { freePort, startApi, type RunningApi, type StartApiOptions } from './api-server';
export { browserSuite, logInThroughForm, type BrowserSuite } from './browser-suite';
export {
  chromiumArgs,
  chromiumPath,
  launchBrowser,
  openPage,
  type OpenPageOptions,
  type WatchedPage,
} from './browser';
export {
  GraphQLRequestFailed,
  graphqlRequest,
  logInAs,
  type GraphQLActor,
  type GraphQLResponseError,
} from './graphql-http';
export { newStaffAccount, seedAgencyWithStaff, type StaffAccount } from './staff';
export { apiEntry, assertApiBuilt, screenshotsDir, testOutputDir, workspaceRoot } from './workspace';
