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
      keysFile: resolve('./data/keys.sqlite'),
      pollIntervalMs: 50,
      demo: true,
      eventStore: { kind: 'sqlite' },
      jwtSecret: undefined,
      tokenTtlSeconds: 12 * 3600,
      readCacheCandidates: 1000,
      throttle: {
        loginPerAccount: { points: 10, windowSeconds: 15 * 60 },
        loginPerAddress: { points: 30, windowSeconds: 60 },
        signUpPerEmail: { points: 5, windowSeconds: 15 * 60 },
        signUpPerAddress: { points: 20, windowSeconds: 3600 },
      },
      trustProxy: [],
      logLevel: 'info',
    });
  });

  it('given throttling limits as N/duration and trusted proxies, then it answers them', () => {
    const config = loadConfig({
      PIVOTAL_THROTTLE_LOGIN_ACCOUNT: '5/1h',
      PIVOTAL_THROTTLE_LOGIN_ADDRESS: '100/30s',
      PIVOTAL_THROTTLE_SIGNUP_EMAIL: '3/10m',
      PIVOTAL_THROTTLE_SIGNUP_ADDRESS: '50/2h',
      PIVOTAL_TRUST_PROXY: 'loopback, 10.0.0.0/8',
    });
    expect(config.throttle).toEqual({
      loginPerAccount: { points: 5, windowSeconds: 3600 },
      loginPerAddress: { points: 100, windowSeconds: 30 },
      signUpPerEmail: { points: 3, windowSeconds: 600 },
      signUpPerAddress: { points: 50, windowSeconds: 7200 },
    });
    expect(config.trustProxy).toEqual(['loopback', '10.0.0.0/8']);
  });

  it('given a limit or a proxy it cannot read, then it names the variable', () => {
    expect(() => loadConfig({ PIVOTAL_THROTTLE_LOGIN_ACCOUNT: 'ten per hour' })).toThrow(/PIVOTAL_THROTTLE_LOGIN_ACCOUNT must be N\/duration/);
    expect(() => loadConfig({ PIVOTAL_THROTTLE_SIGNUP_ADDRESS: '0/1h' })).toThrow(/PIVOTAL_THROTTLE_SIGNUP_ADDRESS must allow at least 1/);
    expect(() => loadConfig({ PIVOTAL_TRUST_PROXY: 'the nginx box' })).toThrow(/PIVOTAL_TRUST_PROXY must list addresses/);
  });

  it('given every variable, then it answers them', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      PIVOTAL_DATA_DIR: '/tmp/pivotal',
      PIVOTAL_READ_MODELS_FILE: '/tmp/pivotal/read-models-2.sqlite',
      PIVOTAL_KEYS_FILE: '/keys/pivotal-keys.sqlite',
      PIVOTAL_DEMO: '0',
      PIVOTAL_EVENT_STORE: 'eventstoredb',
      EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false',
      PIVOTAL_JWT_SECRET: 'x'.repeat(32),
      PIVOTAL_READ_CACHE_CANDIDATES: '0',
      LOG_LEVEL: 'warn',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/tmp/pivotal',
      readModelsFile: '/tmp/pivotal/read-models-2.sqlite',
      keysFile: '/keys/pivotal-keys.sqlite',
      demo: false,
      eventStore: { kind: 'eventstoredb', connectionString: 'esdb://localhost:2113?tls=false' },
      readCacheCandidates: 0,
      logLevel: 'warn',
    });
  });

  it('given bad values, then one error names each bad variable', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', PIVOTAL_DEMO: 'maybe', PIVOTAL_JWT_SECRET: 'short', PIVOTAL_READ_CACHE_CANDIDATES: '-1' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT must be a number[\s\S]*PIVOTAL_DEMO must be 1 or 0[\s\S]*PIVOTAL_JWT_SECRET must be at least 32[\s\S]*PIVOTAL_READ_CACHE_CANDIDATES/);
  });

  it('given eventstoredb without a connection string, then it says what is missing', () => {
    expect(() => loadConfig({ PIVOTAL_EVENT_STORE: 'eventstoredb' })).toThrow(/EVENTSTORE_CONNECTION_STRING is required/);
  });
});
