import { mkdirSync } from 'node:fs';
import {
  BACKSTOP_AUTOCHECKPOINT_PAGES,
  createEventStoreDbEventStore,
  createSqliteEventStore,
  createSqliteKeyStore,
  newEntityId,
  startWalCheckpointer,
  withPivotalPersonalData,
  type EventStore,
} from '@pivotal/event-store';
import {
  cacheCandidateReads,
  createProjectionRunner,
  createReadModelQueries,
  openReadModelDb,
  pivotalProjections,
  truncateWal,
  truncateWalAfterErasures,
  type ProjectionRunner,
  type ReadModelDb,
  type ReadModelQueries,
} from '@pivotal/projections';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { createThrottle } from './abuse/throttle';
import { createAccountService } from './accounts/account-service';
import { loadJwtSecret } from './auth/jwt-secret';
import { refuseErasedAccounts } from './auth/erased-accounts';
import { calendarKeyFrom } from './calendar/calendar-token';
import { createTokenService } from './auth/tokens';
import type { PivotalConfig } from './config';
import type { ApiServices, ProjectionsPort } from './graphql/context';
import { createPubSub } from './graphql/pub-sub';
import { publishCommitted } from './graphql/publish-committed';
import { buildPivotalSchema } from './graphql/schema';
import { createLogger } from './http/logger';
import { createMetrics } from './http/metrics';
import { followCheckpoints } from './operations/checkpoint-follower';
import { eventsFileOf, lockDataFiles, rebuildWhenAheadOfStore } from './operations/data-files';

/** Options tests and tools may pass besides the configuration. */
export interface PivotalOptions {
  readonly log?: Logger;
  /** Wraps the read-model queries (tests count them). */
  readonly wrapQueries?: (queries: ReadModelQueries) => ReadModelQueries;
  /**
   * `required` (the server): this process must be the one projection writer of its read-model
   * file, else it refuses to start. `when-free` (operator commands): when a running server writes
   * the file, this process only reads it and waits for that server's checkpoints.
   */
  readonly projectionWriter?: 'required' | 'when-free';
}

/** One process of Pivotal, assembled: the adapters the configuration picks, the runner, the services. */
export interface Pivotal {
  readonly config: PivotalConfig;
  readonly log: Logger;
  readonly store: EventStore;
  readonly readDb: ReadModelDb;
  /** This process's projections; null when another process (a running server) writes the read models. */
  readonly runner: ProjectionRunner | null;
  /** Read-your-writes waits and status: of `runner`, or of the other writer's checkpoints. */
  readonly projections: ProjectionsPort;
  readonly services: ApiServices;
  readonly schema: GraphQLSchema;
  /** Stops the runner and closes both databases (the server is closed before, by its owner). */
  close(): Promise<void>;
}

/** `PIVOTAL_EVENT_STORE` picks the adapter; nothing else changes with it. */
const openAdapter = (config: PivotalConfig, log: Logger): EventStore =>
  config.eventStore.kind === 'sqlite'
    ? createSqliteEventStore(eventsFileOf(config), {
        // Appends of other processes on the file (replicas, operator commands) are seen by polling.
        pollIntervalMs: config.pollIntervalMs,
        // Appends commit on the event loop: their WAL checkpoints (and fsyncs) run in a worker.
        backgroundCheckpoints: { onError: (error) => log.warn({ error }, 'a background WAL checkpoint of the event store failed') },
      })
    : createEventStoreDbEventStore(config.eventStore.connectionString);

/** Either adapter, with personal fields sealed under their subjects' keys (`PIVOTAL_KEYS_FILE`). */
const openEventStore = (config: PivotalConfig, log: Logger): EventStore =>
  withPivotalPersonalData(openAdapter(config, log), createSqliteKeyStore(config.keysFile));

/**
 * The composition root: opens the event store (`<dataDir>/events.sqlite`, or EventStoreDB) and the
 * read models (`<dataDir>/read-models.sqlite`), starts the projections (catching up first), and
 * wires the services the GraphQL layer uses.
 */
export const createPivotal = async (config: PivotalConfig, options: PivotalOptions = {}): Promise<Pivotal> => {
  mkdirSync(config.dataDir, { recursive: true });
  const log = options.log ?? createLogger(config.logLevel);
  const locks = lockDataFiles(config, options.projectionWriter ?? 'required');
  const store = openEventStore(config, log);
  const readModelsFile = config.readModelsFile;
  const readDb = openReadModelDb(readModelsFile);
  // The runner commits on the event loop: its WAL checkpoints (and their fsyncs) run in a worker.
  const readCheckpoints = locks.writer
    ? startWalCheckpointer(readModelsFile, {
        onError: (error) => log.warn({ error }, 'a background WAL checkpoint of the read models failed'),
      })
    : null;
  if (locks.writer) readDb.pragma(`wal_autocheckpoint = ${BACKSTOP_AUTOCHECKPOINT_PAGES}`);
  const runner = locks.writer ? createProjectionRunner({ store, db: readDb, projections: pivotalProjections, logger: log }) : null;
  const projections: ProjectionsPort = runner ?? followCheckpoints(readDb, store, pivotalProjections);
  const tables = createReadModelQueries(readDb);
  const cache =
    runner && config.readCacheCandidates > 0 ? cacheCandidateReads(tables, runner, { maxCandidates: config.readCacheCandidates }) : null;
  const base = cache?.queries ?? tables;
  const queries = options.wrapQueries ? options.wrapQueries(base) : base;
  const pubSub = createPubSub();
  const metrics = createMetrics(async () => {
    const head = await store.headPosition();
    return projections.status().map((status) => ({
      name: status.name,
      lagPositions: status.position === null ? Number(head + 1n) : Number(head - store.positionFromString(status.position)),
      stopped: status.stoppedWith !== null,
    }));
  });
  const secret = loadJwtSecret(config.jwtSecret, config.dataDir);
  const tokens = refuseErasedAccounts(createTokenService(secret, { ttlSeconds: config.tokenTtlSeconds }), queries);
  const accounts = createAccountService({ store, queries, projections, metrics, tokens, log });
  const services: ApiServices = {
    store,
    queries,
    projections,
    tokens,
    accounts,
    throttle: createThrottle(config.throttle),
    pubSub,
    metrics,
    log,
    now: () => new Date(),
    newId: newEntityId,
    calendarKey: calendarKeyFrom(secret),
    publicUrl: config.publicUrl,
  };
  const stopPublishing = runner?.onCommitted(publishCommitted(services));
  const stopScrubbing = runner ? truncateWalAfterErasures(runner, readDb, log) : null;
  if (runner) {
    await rebuildWhenAheadOfStore(store, runner, log);
    await runner.start();
    // An erasure projected just before a crash may have left its rows' old images in the WAL.
    truncateWal(readDb);
    log.info({ projections: runner.status().map((s) => ({ name: s.name, position: s.position })) }, 'projections caught up');
  } else {
    log.info({ readModels: readModelsFile }, 'another process writes the read models: reading them and waiting for its checkpoints');
  }

  return {
    config,
    log,
    store,
    readDb,
    runner,
    projections,
    services,
    schema: buildPivotalSchema(pubSub),
    close: async () => {
      stopPublishing?.();
      stopScrubbing?.();
      cache?.stop();
      await runner?.stop();
      await store.close();
      await readCheckpoints?.stop();
      readDb.close();
      locks.release();
    },
  };
};
