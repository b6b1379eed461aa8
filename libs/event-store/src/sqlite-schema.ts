/**
 * The sqlite event log: one row per event. The global position is the row id, so it increases
 * monotonically and, writers being serialized by sqlite, commits in order. UNIQUE(stream_id,
 * revision) is the concurrency guard; UNIQUE(id) keeps an event from being recorded twice.
 */
export const sqliteEventsSchema = `
CREATE TABLE IF NOT EXISTS events (
  position INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  stream_id TEXT NOT NULL,
  revision INTEGER NOT NULL,
  type TEXT NOT NULL,
  data TEXT NOT NULL,
  metadata TEXT NOT NULL,
  UNIQUE (stream_id, revision)
);
`;

/**
 * Connection settings every process that opens the file uses. In WAL mode with synchronous=NORMAL
 * a commit does not wait for the disk; only checkpoints do, so they run every ~40 MB of log rather
 * than every 4 MB (an event log is written far more than it is rewritten).
 */
export const sqlitePragmas = (busyTimeoutMs: number): string[] => [
  'journal_mode = WAL',
  'synchronous = NORMAL',
  `busy_timeout = ${busyTimeoutMs}`,
  'wal_autocheckpoint = 10000',
];
