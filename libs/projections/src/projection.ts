import type Database from 'better-sqlite3';
import type { PivotalEvent, PivotalEventType } from '@pivotal/domain';
import type { RecordedEvent } from '@pivotal/event-store';

/** The read-model database: a SQLite file of its own, never the event store's. */
export type ReadModelDb = Database.Database;

/**
 * One read model and the code that builds it from the log. Its tables carry its version in their
 * names; queries read them through views named after the logical table, so a new version can be
 * rebuilt beside the old one and swapped in once it has caught up.
 */
export interface Projection {
  readonly name: string;
  /** Bump it whenever the rows a given log produces change: the runner rebuilds from position 0. */
  readonly version: number;
  /** The event types it reads; the runner never calls `apply` with any other. */
  readonly handles: readonly PivotalEventType[];
  /**
   * Every table it owns (value, version-suffixed) and the view queries read it through (key). The
   * runner drops exactly these on rebuild and when a newer version is swapped in.
   */
  readonly tables: Readonly<Record<string, string>>;
  /** Creates its tables and indexes if they do not exist (`CREATE … IF NOT EXISTS`). */
  init(db: ReadModelDb): void;
  /** Writes the rows one event changes (or keeps them for `flush`). Runs inside the runner's batch transaction. */
  apply(db: ReadModelDb, event: RecordedEvent): void;
  /**
   * Writes what `apply` kept in memory during the batch (e.g. a row created and then updated by
   * several events, written once). Called at the end of every batch, inside its transaction.
   */
  flush?(db: ReadModelDb): void;
  /** Forgets what `apply` kept in memory: the batch rolled back, or the projection is being rebuilt. */
  discard?(db: ReadModelDb): void;
}

/** A recorded event whose type and data are one of Pivotal's events. */
export type PivotalRecordedEvent = PivotalEvent extends infer E
  ? E extends PivotalEvent
    ? Omit<RecordedEvent, 'type' | 'data'> & { readonly type: E['type']; readonly data: E['data'] }
    : never
  : never;

/** Narrows a recorded event to Pivotal's union (the runner only hands a projection the types it handles). */
export const asPivotal = (event: RecordedEvent): PivotalRecordedEvent => event as unknown as PivotalRecordedEvent;

/**
 * Prepared statements built once per database and cached, so that `apply` stays a plain function
 * of a database and an event without re-preparing SQL for every event.
 */
export const statementsFor = <S>(build: (db: ReadModelDb) => S): ((db: ReadModelDb) => S) => {
  const cache = new WeakMap<ReadModelDb, S>();
  return (db) => {
    let statements = cache.get(db);
    if (!statements) {
      statements = build(db);
      cache.set(db, statements);
    }
    return statements;
  };
};

/** `name_v<version>`: the physical name of a projection's table. */
export const versioned = (name: string, version: number): string => `${name}_v${version}`;
