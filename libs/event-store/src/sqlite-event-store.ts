import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { EventMetadata } from '@pivotal/domain';
import type { AppendRequest, AppendResult, EventStore, EventToAppend, ExpectedRevision, RecordedEvent } from './event-store';
import { WrongExpectedRevision } from './event-store';
import { createAppendNotifier, type AppendNotifier } from './append-notifier';
import { catchUpSubscription } from './catch-up-subscription';
import { DuplicateEventId, expectationHolds, replayedAppend } from './expected-revision';
import { integerPositionFromString, integerPositionToString } from './integer-position';
import { sqliteEventsSchema, sqlitePragmas } from './sqlite-schema';
import { BACKSTOP_AUTOCHECKPOINT_PAGES, startWalCheckpointer, type WalCheckpointerOptions } from './wal-checkpointer';

/** Tuning of the sqlite adapter; the defaults suit the embedded server. */
export interface SqliteEventStoreOptions {
  /** How long an append waits for another connection's write lock, in ms (default 5000). */
  readonly busyTimeoutMs?: number;
  /** How often subscriptions look for appends made by other processes, in ms (default 50). */
  readonly pollIntervalMs?: number;
  /** Events read per page by subscriptions (default 500). */
  readonly pageSize?: number;
  /**
   * Checkpoint the WAL from a worker thread instead of on the appending connection, so that no
   * append waits for a checkpoint's fsyncs (default off; a file store only). `true`, or the
   * checkpointer's options (its interval, who hears of a failed checkpoint).
   */
  readonly backgroundCheckpoints?: boolean | WalCheckpointerOptions;
}

interface EventRow {
  readonly position: bigint;
  readonly id: string;
  readonly stream_id: string;
  readonly revision: bigint;
  readonly type: string;
  readonly data: string;
  readonly metadata: string;
}

const toRecorded = (row: EventRow): RecordedEvent => ({
  id: row.id,
  streamId: row.stream_id,
  revision: row.revision,
  position: row.position,
  type: row.type,
  data: JSON.parse(row.data) as unknown,
  metadata: JSON.parse(row.metadata) as EventMetadata,
});

/** Stores opened on the same file in this process share one notifier, so their subscriptions wake at once. */
const sharedNotifiers = new Map<string, { notifier: AppendNotifier; users: number }>();

/** Whether `path` names a file (not an in-memory or temporary database). */
const isFile = (path: string): boolean => path !== ':memory:' && path !== '';

const acquireNotifier = (path: string): { notifier: AppendNotifier; release: () => void } => {
  if (!isFile(path))
    return { notifier: createAppendNotifier(), release: () => undefined };
  const key = resolve(path);
  const entry = sharedNotifiers.get(key) ?? { notifier: createAppendNotifier(), users: 0 };
  entry.users += 1;
  sharedNotifiers.set(key, entry);
  const release = () => {
    entry.users -= 1;
    if (entry.users === 0) sharedNotifiers.delete(key);
  };
  return { notifier: entry.notifier, release };
};

const isUniqueViolation = (error: unknown): error is Error & { code: string } =>
  error instanceof Error && (error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE';

/**
 * The embedded event store: one sqlite file in WAL mode (or ':memory:'). One append is one
 * immediate transaction; several processes may open the same file, sqlite serializing their
 * writes, and their subscriptions see each other's appends by polling.
 */
export const createSqliteEventStore = (path: string, options: SqliteEventStoreOptions = {}): EventStore => {
  const { busyTimeoutMs = 5000, pollIntervalMs = 50, pageSize = 500 } = options;
  const db = new Database(path);
  for (const pragma of sqlitePragmas(busyTimeoutMs)) db.pragma(pragma);
  db.exec(sqliteEventsSchema);
  const { backgroundCheckpoints } = options;
  const checkpointer =
    backgroundCheckpoints && isFile(path)
      ? startWalCheckpointer(path, backgroundCheckpoints === true ? {} : backgroundCheckpoints)
      : null;
  if (checkpointer) db.pragma(`wal_autocheckpoint = ${BACKSTOP_AUTOCHECKPOINT_PAGES}`);

  const lastRevision = db
    .prepare<[string], bigint>(
      'SELECT revision FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1',
    )
    .pluck()
    .safeIntegers(true);
  const insert = db
    .prepare<[string, string, bigint, string, string, string]>(
      'INSERT INTO events (id, stream_id, revision, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)',
    )
    .safeIntegers(true);
  const streamRows = db
    .prepare<[string], EventRow>('SELECT * FROM events WHERE stream_id = ? ORDER BY revision')
    .safeIntegers(true);
  const rowsFrom = db
    .prepare<[bigint, number], EventRow>('SELECT * FROM events WHERE position >= ? ORDER BY position LIMIT ?')
    .safeIntegers(true);
  const rowsAfter = db
    .prepare<[bigint, number], EventRow>('SELECT * FROM events WHERE position > ? ORDER BY position LIMIT ?')
    .safeIntegers(true);
  const rowById = db.prepare<[string], EventRow>('SELECT * FROM events WHERE id = ?').safeIntegers(true);
  const lastPosition = db
    .prepare<[], bigint | null>('SELECT MAX(position) FROM events')
    .pluck()
    .safeIntegers(true);

  const { notifier, release } = acquireNotifier(path);
  const closing = new AbortController();

  const replayOf = (streamId: string, events: readonly EventToAppend[], expected: ExpectedRevision) =>
    replayedAppend(
      streamId,
      events,
      expected,
      events.map((event) => {
        const row = rowById.get(event.id);
        return row && toRecorded(row);
      }),
    );

  /** One append, checked against its expectation; runs inside a transaction or a savepoint. */
  const appendChecked = (
    streamId: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): AppendResult => {
    const last = lastRevision.get(streamId);
    const current = last ?? 'no_stream';
    if (!expectationHolds(expected, current)) {
      const replay = replayOf(streamId, events, expected);
      if (replay) return replay;
      throw new WrongExpectedRevision(streamId, expected, current);
    }
    if (events.length === 0)
      return { nextRevision: last ?? -1n, position: lastPosition.get() ?? -1n, recorded: [] };
    let revision = last === undefined ? 0n : last + 1n;
    let position = -1n;
    const recorded: RecordedEvent[] = new Array<RecordedEvent>(events.length);
    for (let i = 0; i < events.length; i += 1) {
      const { id, type, data, metadata } = events[i] as EventToAppend;
      position = insert.run(id, streamId, revision, type, JSON.stringify(data), JSON.stringify(metadata))
        .lastInsertRowid as bigint;
      recorded[i] = { id, streamId, revision, position, type, data, metadata };
      revision += 1n;
    }
    return { nextRevision: revision - 1n, position, recorded };
  };

  /** As a transaction of its own, or, called inside another transaction, as a savepoint. */
  const appendInTransaction = db.transaction(appendChecked);

  /**
   * What `append` answers when a unique index refused its rows: a retry of an append already
   * recorded answers that append's result; otherwise which guard it broke.
   */
  const refusal = (
    error: unknown,
    streamId: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): AppendResult => {
    if (!isUniqueViolation(error)) throw error;
    const replay = replayOf(streamId, events, expected);
    if (replay) return replay;
    const taken = events.find((event) => rowById.get(event.id) !== undefined);
    if (taken) throw new DuplicateEventId(streamId, taken.id);
    throw new WrongExpectedRevision(streamId, expected, lastRevision.get(streamId) ?? 'no_stream');
  };

  const append = (
    streamId: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): AppendResult => {
    try {
      const result = appendInTransaction.immediate(streamId, events, expected);
      if (events.length > 0) notifier.notify();
      return result;
    } catch (error) {
      return refusal(error, streamId, events, expected);
    }
  };

  /**
   * Group commit: every request of the group in one immediate transaction, each undone alone when
   * it fails (its statement, or its savepoint), so that the group pays for one commit.
   */
  const appendGroupInTransaction = db.transaction(
    (requests: readonly AppendRequest[]): PromiseSettledResult<AppendResult>[] =>
      requests.map(({ streamId, events, expected }): PromiseSettledResult<AppendResult> => {
        try {
          // One event is one INSERT, which sqlite undoes whole when it fails (a statement never
          // half-applies); several take a savepoint of their own.
          const value =
            events.length <= 1
              ? appendChecked(streamId, events, expected)
              : appendInTransaction(streamId, events, expected);
          return { status: 'fulfilled', value };
        } catch (error) {
          // sqlite rolled back the whole transaction (an I/O error, a full disk): the group fails.
          if (!db.inTransaction) throw error;
          try {
            return { status: 'fulfilled', value: refusal(error, streamId, events, expected) };
          } catch (reason) {
            return { status: 'rejected', reason };
          }
        }
      }),
  );

  const appendMany = (requests: readonly AppendRequest[]): PromiseSettledResult<AppendResult>[] => {
    let outcomes: PromiseSettledResult<AppendResult>[];
    try {
      outcomes = appendGroupInTransaction.immediate(requests);
    } catch (reason) {
      // The transaction itself failed (the file locked past the busy timeout, the disk full):
      // nothing of the group was recorded, and each request fails as its own append would.
      return requests.map(() => ({ status: 'rejected', reason }));
    }
    if (outcomes.some((outcome, i) => outcome.status === 'fulfilled' && requests[i]!.events.length > 0))
      notifier.notify();
    return outcomes;
  };

  const readAfter = (after: bigint, limit: number): RecordedEvent[] =>
    rowsAfter.all(after, limit).map(toRecorded);

  return {
    append: async (streamId, events, expected) => append(streamId, events, expected),
    appendMany: async (requests) => appendMany(requests),
    readStream: async (streamId) => streamRows.all(streamId).map(toRecorded),
    readAll: async ({ from, limit }) => {
      const rows = rowsFrom.all(from ?? 0n, limit + 1);
      const next = rows.length > limit ? (rows[limit] as EventRow).position : null;
      return { events: rows.slice(0, limit).map(toRecorded), next };
    },
    subscribe: (subscribeOptions) =>
      catchUpSubscription(
        { readAfter, notifier, closed: closing.signal, pageSize, pollIntervalMs },
        subscribeOptions,
      ),
    headPosition: async () => lastPosition.get() ?? -1n,
    positionToString: integerPositionToString,
    positionFromString: integerPositionFromString,
    close: async () => {
      if (closing.signal.aborted) return;
      closing.abort();
      release();
      await checkpointer?.stop();
      db.close();
    },
  };
};
