import { dirname, join } from 'node:path';
import { ERASED, personalFieldsOf, subjectNamedBy } from '@pivotal/domain';
import type { EventStore } from '../event-store';
import { createSqliteEventStore, type SqliteEventStoreOptions } from '../sqlite-event-store';
import type { KeyStore } from './key-store';
import { sealPersonalData } from './personal-data-store';
import { sealExistingEvents, type SealExistingOptions, type SealExistingResult } from './seal-existing';
import { createMemoryKeyStore } from './memory-key-store';
import { createSqliteKeyStore } from './sqlite-key-store';

/** The erasure event's type (`CandidateErased` on `candidate-<id>`, data `{ candidateId, accountId, … }`). */
export const CANDIDATE_ERASED = 'CandidateErased';

/** Pivotal's erasure hook: a `CandidateErased` erases its candidate and account. */
export const erasedSubjectsOf = (event: { readonly type: string; readonly data: unknown }): readonly string[] => {
  if (event.type !== CANDIDATE_ERASED || typeof event.data !== 'object' || event.data === null) return [];
  const { candidateId, accountId } = event.data as { candidateId?: unknown; accountId?: unknown };
  return [...new Set([candidateId, accountId].filter((id): id is string => typeof id === 'string'))];
};

/** The keys file of a data dir, beside its event store: `<dir of events file>/keys.sqlite`. */
export const keysFileBeside = (eventsFile: string): string => join(dirname(eventsFile), 'keys.sqlite');

/**
 * Pivotal's event store with crypto-shredding: the domain's personal fields and subjects, the
 * `CandidateErased` hook, and the given key store (by default, the sqlite keys file beside a file
 * store, see {@link keysFileBeside}).
 */
export const withPivotalPersonalData = (inner: EventStore, keys: KeyStore): EventStore =>
  sealPersonalData(inner, { keys, personalFieldsOf, subjectNamedBy, erased: ERASED, erasedSubjectsOf });

/**
 * The sqlite event store of `eventsFile` with Pivotal's crypto-shredding, its keys in `keysFile`
 * (default {@link keysFileBeside}; in memory for ':memory:'); closing it closes both. Every tool that writes or reads a
 * Pivotal store file opens it this way.
 */
export const createSealedSqliteEventStore = (
  eventsFile: string,
  options: SqliteEventStoreOptions & { readonly keysFile?: string } = {},
): EventStore => {
  const { keysFile, ...storeOptions } = options;
  const inMemory = eventsFile === ':memory:' || eventsFile === '';
  const keys =
    keysFile === undefined && inMemory ? createMemoryKeyStore() : createSqliteKeyStore(keysFile ?? keysFileBeside(eventsFile));
  return withPivotalPersonalData(createSqliteEventStore(eventsFile, storeOptions), keys);
};

/** `privacy encrypt-existing`: seals the personal fields of every event of a sqlite store written in clear. */
export const sealExistingPivotalEvents = (
  eventsFile: string,
  keys: KeyStore,
  onProgress?: SealExistingOptions['onProgress'],
): Promise<SealExistingResult> =>
  sealExistingEvents(eventsFile, {
    keys,
    personalFieldsOf,
    subjectNamedBy,
    erased: ERASED,
    ...(onProgress ? { onProgress } : {}),
  });
