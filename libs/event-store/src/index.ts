export * from './event-store';
export { createSqliteEventStore, type SqliteEventStoreOptions } from './sqlite-event-store';
export { sqliteEventsSchema, sqlitePragmas } from './sqlite-schema';
export * from './wal-checkpointer';
export { createMemoryEventStore } from './memory-event-store';
export {
  handleCommand,
  ConcurrencyConflict,
  type CommandOptions,
  type CommandResult,
} from './command-handler';
export { afterGroupCommits, appendGroup, appendTogether } from './group-commit';
export { readStreamState, foldEvents, type StreamState } from './stream-state';
export { idempotentEventId, uuidV5, EVENT_ID_NAMESPACE } from './event-id';
export { DuplicateEventId } from './expected-revision';
export { InvalidPosition } from './integer-position';
export { createEventStoreDbEventStore } from './eventstoredb-event-store';
export * from './privacy';
