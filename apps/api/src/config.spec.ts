import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration from the environment', () => {
  it('given nothing set, then it answers the documented defaults', () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      host: '127.0.0.1',
      dataDir: resolve('./data'),
      readModelsFile: resolve('./data/read-models.sqlite'),
      pollIntervalMs: 50,
      demo: true,
      eventStore: { kind: 'sqlite' },
      jwtSecret: undefined,
      tokenTtlSeconds: 12 * 3600,
      readCacheCandidates: 1000,
      publicUrl: null,
      logLevel: 'info',
    });
  });

  it('given every variable, then it answers them', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      PIVOTAL_DATA_DIR: '/tmp/pivotal',
      PIVOTAL_READ_MODELS_FILE: '/tmp/pivotal/read-models-2.sqlite',
      PIVOTAL_DEMO: '0',
      PIVOTAL_EVENT_STORE: 'eventstoredb',
      EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false',
      PIVOTAL_JWT_SECRET: 'x'.repeat(32),
      PIVOTAL_READ_CACHE_CANDIDATES: '0',
      PIVOTAL_PUBLIC_URL: 'https://pivotal.example.com/',
      LOG_LEVEL: 'warn',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/tmp/pivotal',
      readModelsFile: '/tmp/pivotal/read-models-2.sqlite',
      demo: false,
      eventStore: { kind: 'eventstoredb', connectionString: 'esdb://localhost:2113?tls=false' },
      readCacheCandidates: 0,
      publicUrl: 'https://pivotal.example.com',
      logLevel: 'warn',
    });
  });

  it('given bad values, then one error names each bad variable', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', PIVOTAL_DEMO: 'maybe', PIVOTAL_JWT_SECRET: 'short', PIVOTAL_READ_CACHE_CANDIDATES: '-1', PIVOTAL_PUBLIC_URL: 'not a url' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT must be a number[\s\S]*PIVOTAL_DEMO must be 1 or 0[\s\S]*PIVOTAL_JWT_SECRET must be at least 32[\s\S]*PIVOTAL_READ_CACHE_CANDIDATES[\s\S]*PIVOTAL_PUBLIC_URL must be a URL/);
  });

  it('given eventstoredb without a connection string, then it says what is missing', () => {
    expect(() => loadConfig({ PIVOTAL_EVENT_STORE: 'eventstoredb' })).toThrow(/EVENTSTORE_CONNECTION_STRING is required/);
  });
});
