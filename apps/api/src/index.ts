export { loadConfig, ConfigError, type PivotalConfig } from './config';
export { createPivotal, type Pivotal, type PivotalOptions } from './pivotal';
export { startServer, type RunningServer, type ServerOptions } from './http/server';
export { seedDemo, type SeedOptions, type SeedResult } from './demo/seed-demo';
export { DEMO_ACCOUNTS, DEMO_JOIN_CODE } from './demo/demo-accounts';
export { startTestServer, type TestServer, type GraphQLAnswer } from './testing/test-server';
export { buildPivotalSchema } from './graphql/schema';
export { printPivotalSchema } from './schema/print-schema';
