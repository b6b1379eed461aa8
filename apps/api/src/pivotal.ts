import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  BACKSTOP_AUTOCHECKPOINT_PAGES,
  createEventStoreDbEventStore,
  createSqliteEventStore,
  startWalCheckpointer,
  type EventStore,
} from '@pivotal/event-store';
import {
  cacheCandidateReads,
  createProjectionRunner,
  createReadModelQueries,
  openReadModelDb,
  pivotalProjections,
  type ProjectionRunner,
  type ReadModelDb,
  type ReadModelQueries,
} from '@pivotal/projections';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { createAccountService } from './accounts/account-service';
import { loadJwtSecret } from './auth/jwt-secret';
import { createTokenService } from './auth/tokens';
import type { PivotalConfig } from './config';
import type { ApiServices } from './graphql/context';
import { createPubSub } from './graphql/pub-sub';
import { publishCommitted } from './graphql/publish-committed';
import { buildPivotalSchema } from './graphql/schema';
import { createLogger } from './http/logger';
import { createMetrics } from './http/metrics';

/** Options tests and tools may pass besides the configuration. */
export interface PivotalOptions {
  readonly log?: Logger;
  /** Wraps the read-model queries (tests count them). */
  readonly wrapQueries?: (queries: ReadModelQueries) => ReadModelQueries;
}

/** One process of Pivotal, assembled: the adapters the configuration picks, the runner, the services. */
export interface Pivotal {
  readonly config: PivotalConfig;
  readonly log: Logger;
  readonly store: EventStore;
  readonly readDb: ReadModelDb;
  readonly runner: ProjectionRunner;
  readonly services: ApiServices;
  readonly schema: GraphQLSchema;
  /** Stops the runner and closes both databases (the server is closed before, by its owner). */
  close(): Promise<void>;
}

/** `PIVOTAL_EVENT_STORE` picks the adapter; nothing else changes with it. */
const openEventStore = (config: PivotalConfig, log: Logger): EventStore =>
  config.eventStore.kind === 'sqlite'
    ? createSqliteEventStore(join(config.dataDir, 'events.sqlite'), {
        // Appends commit on the event loop: their WAL checkpoints (and fsyncs) run in a worker.
        backgroundCheckpoints: { onError: (error) => log.warn({ error }, 'a background WAL checkpoint of the event store failed') },
      })
    : createEventStoreDbEventStore(config.eventStore.connectionString);

/**
 * The composition root: opens the event store (`<dataDir>/events.sqlite`, or EventStoreDB) and the
 * read models (`<dataDir>/read-models.sqlite`), starts the projections (catching up first), and
 * wires the services the GraphQL layer uses.
 */
export const createPivotal = async (config: PivotalConfig, options: PivotalOptions = {}): Promise<Pivotal> => {
  mkdirSync(config.dataDir, { recursive: true });
  const log = options.log ?? createLogger(config.logLevel);
  const store = openEventStore(config, log);
  const readModelsFile = join(config.dataDir, 'read-models.sqlite');
  const readDb = openReadModelDb(readModelsFile);
  // The runner commits on the event loop: its WAL checkpoints (and their fsyncs) run in a worker.
  const readCheckpoints = startWalCheckpointer(readModelsFile, {
    onError: (error) => log.warn({ error }, 'a background WAL checkpoint of the read models failed'),
  });
  readDb.pragma(`wal_autocheckpoint = ${BACKSTOP_AUTOCHECKPOINT_PAGES}`);
  const runner = createProjectionRunner({ store, db: readDb, projections: pivotalProjections, logger: log });
  const tables = createReadModelQueries(readDb);
  const cache = config.readCacheCandidates > 0 ? cacheCandidateReads(tables, runner, { maxCandidates: config.readCacheCandidates }) : null;
  const base = cache?.queries ?? tables;
  const queries = options.wrapQueries ? options.wrapQueries(base) : base;
  const pubSub = createPubSub();
  const metrics = createMetrics(async () => {
    const head = await store.headPosition();
    return runner.status().map((status) => ({
      name: status.name,
      lagPositions: status.position === null ? Number(head + 1n) : Number(head - store.positionFromString(status.position)),
      stopped: status.stoppedWith !== null,
    }));
  });
  const tokens = createTokenService(loadJwtSecret(config.jwtSecret, config.dataDir), { ttlSeconds: config.tokenTtlSeconds });
  const projections = runner;
  const accounts = createAccountService({ store, queries, projections, metrics, tokens, log });
  const services: ApiServices = {
    store,
    queries,
    projections,
    tokens,
    accounts,
    pubSub,
    metrics,
    log,
    now: () => new Date(),
    newId: randomUUID,
  };
  const stopPublishing = runner.onCommitted(publishCommitted(services));
  await runner.start();
  log.info({ projections: runner.status().map((s) => ({ name: s.name, position: s.position })) }, 'projections caught up');

  return {
    config,
    log,
    store,
    readDb,
    runner,
    services,
    schema: buildPivotalSchema(pubSub),
    close: async () => {
      stopPublishing();
      cache?.stop();
      await runner.stop();
      await store.close();
      await readCheckpoints.stop();
      readDb.close();
    },
  };
};
