import Database from 'better-sqlite3';
import type { ReadModelDb } from './projection';

/**
 * Opens (creating) the read-model database: a file of its own, never the event store's, that can
 * be deleted and rebuilt from the log. WAL lets queries read while the runner writes.
 */
export const openReadModelDb = (path: string): ReadModelDb => {
  const db = new Database(path);
  // What is deleted or overwritten (an erased person's rows) is zeroed on disk, not left in free space.
  db.pragma('secure_delete = ON');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('temp_store = MEMORY');
  db.pragma('cache_size = -65536');
  db.pragma('busy_timeout = 5000');
  return db;
};
