import { join, resolve } from 'node:path';
import { DEFAULT_CACHED_CANDIDATES } from '@pivotal/projections';
import proxyAddr from 'proxy-addr';
import { z } from 'zod';

const flag = z
  .enum(['0', '1', 'true', 'false'], { message: 'must be 1 or 0' })
  .transform((value) => value === '1' || value === 'true');

/** `N/duration`: at most N in a window of the duration (`s`, `m` or `h`), e.g. `10/15m`. */
const rate = z
  .string()
  .regex(/^\d+\/\d+[smh]$/, { message: 'must be N/duration, e.g. 10/15m (s, m or h)' })
  .transform((value): RateLimit => {
    const [points, window] = value.split('/') as [string, string];
    const unit = { s: 1, m: 60, h: 3600 }[window.slice(-1) as 's' | 'm' | 'h'];
    return { points: Number(points), windowSeconds: Number(window.slice(0, -1)) * unit };
  })
  .refine((limit) => limit.points >= 1 && limit.windowSeconds >= 1, { message: 'must allow at least 1 in at least 1 s' });

const environmentSchema = z
  .object({
    PORT: z.coerce.number({ message: 'must be a number' }).int().min(0).max(65535).default(4000),
    HOST: z.string().min(1).default('127.0.0.1'),
    PIVOTAL_DATA_DIR: z.string().min(1).default('./data'),
    PIVOTAL_READ_MODELS_FILE: z.string().min(1).optional(),
    PIVOTAL_KEYS_FILE: z.string().min(1).optional(),
    PIVOTAL_POLL_INTERVAL_MS: z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(1).max(10_000).default(50),
    PIVOTAL_DEMO: flag.default(true),
    PIVOTAL_EVENT_STORE: z.enum(['sqlite', 'eventstoredb'], { message: 'must be sqlite or eventstoredb' }).default('sqlite'),
    EVENTSTORE_CONNECTION_STRING: z.string().min(1).optional(),
    PIVOTAL_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    PIVOTAL_TOKEN_TTL_HOURS: z.coerce.number({ message: 'must be a number' }).positive().default(12),
    PIVOTAL_READ_CACHE_CANDIDATES: z.coerce
      .number({ message: 'must be a number' })
      .int('must be a whole number')
      .min(0)
      .default(DEFAULT_CACHED_CANDIDATES),
    PIVOTAL_THROTTLE_LOGIN_ACCOUNT: rate.prefault('10/15m'),
    PIVOTAL_THROTTLE_LOGIN_ADDRESS: rate.prefault('30/1m'),
    PIVOTAL_THROTTLE_SIGNUP_EMAIL: rate.prefault('5/15m'),
    PIVOTAL_THROTTLE_SIGNUP_ADDRESS: rate.prefault('20/1h'),
    PIVOTAL_TRUST_PROXY: z
      .string()
      .transform((value) => value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== ''))
      .refine(
        (entries) => {
          try {
            proxyAddr.compile(entries);
            return true;
          } catch {
            return false;
          }
        },
        { message: 'must list addresses, CIDR ranges or loopback, linklocal, uniquelocal, separated by commas' },
      )
      .default([]),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .refine((env) => env.PIVOTAL_EVENT_STORE !== 'eventstoredb' || env.EVENTSTORE_CONNECTION_STRING, {
    message: 'is required when PIVOTAL_EVENT_STORE=eventstoredb (e.g. esdb://localhost:2113?tls=false)',
    path: ['EVENTSTORE_CONNECTION_STRING'],
  });

/** At most `points` in a window of `windowSeconds` (a fixed window that starts at the first one). */
export interface RateLimit {
  readonly points: number;
  readonly windowSeconds: number;
}

/** How often login and sign-up may be tried before they are refused for a while. */
export interface ThrottleLimits {
  /** Failed logins per account (email), whether the account exists or not. */
  readonly loginPerAccount: RateLimit;
  /** Failed logins per client address. */
  readonly loginPerAddress: RateLimit;
  /** Sign-up attempts per email. */
  readonly signUpPerEmail: RateLimit;
  /** Sign-up attempts per client address. */
  readonly signUpPerAddress: RateLimit;
}

/** What the process runs with; every value comes from the environment, with the defaults of the README. */
export interface PivotalConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** This process's read models (`<dataDir>/read-models.sqlite` unless set): one file per replica. */
  readonly readModelsFile: string;
  /** The data subjects' keys that seal personal fields (`<dataDir>/keys.sqlite` unless set): shared by every process of the store. */
  readonly keysFile: string;
  /** How often the embedded store's subscriptions look for appends of other processes (replicas), in ms. */
  readonly pollIntervalMs: number;
  readonly demo: boolean;
  readonly eventStore: { readonly kind: 'sqlite' } | { readonly kind: 'eventstoredb'; readonly connectionString: string };
  readonly jwtSecret: string | undefined;
  readonly tokenTtlSeconds: number;
  /** Candidates whose profile and applications are kept in memory between requests; 0 keeps none. */
  readonly readCacheCandidates: number;
  readonly throttle: ThrottleLimits;
  /**
   * The proxies whose `X-Forwarded-For` is believed (proxy-addr's list: addresses, CIDR ranges,
   * `loopback`, `linklocal`, `uniquelocal`); empty: none, the client is the socket's peer.
   */
  readonly trustProxy: readonly string[];
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

/** A configuration error names every bad variable and why, in one message. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment (empty strings count as unset). */
export const loadConfig = (env: Record<string, string | undefined> = process.env): PivotalConfig => {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`));
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.PIVOTAL_DATA_DIR),
    readModelsFile: resolve(e.PIVOTAL_READ_MODELS_FILE ?? join(e.PIVOTAL_DATA_DIR, 'read-models.sqlite')),
    keysFile: resolve(e.PIVOTAL_KEYS_FILE ?? join(e.PIVOTAL_DATA_DIR, 'keys.sqlite')),
    pollIntervalMs: e.PIVOTAL_POLL_INTERVAL_MS,
    demo: e.PIVOTAL_DEMO,
    eventStore:
      e.PIVOTAL_EVENT_STORE === 'eventstoredb'
        ? { kind: 'eventstoredb', connectionString: e.EVENTSTORE_CONNECTION_STRING ?? '' }
        : { kind: 'sqlite' },
    jwtSecret: e.PIVOTAL_JWT_SECRET,
    tokenTtlSeconds: Math.round(e.PIVOTAL_TOKEN_TTL_HOURS * 3600),
    readCacheCandidates: e.PIVOTAL_READ_CACHE_CANDIDATES,
    throttle: {
      loginPerAccount: e.PIVOTAL_THROTTLE_LOGIN_ACCOUNT,
      loginPerAddress: e.PIVOTAL_THROTTLE_LOGIN_ADDRESS,
      signUpPerEmail: e.PIVOTAL_THROTTLE_SIGNUP_EMAIL,
      signUpPerAddress: e.PIVOTAL_THROTTLE_SIGNUP_ADDRESS,
    },
    trustProxy: e.PIVOTAL_TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
  };
};
