import Database from 'better-sqlite3';
import { createSqliteKeyStore } from './sqlite-key-store';

/** Where the keys of an event-store backup go: beside it, `<backup>.keys`. */
export const keysBackupOf = (eventsBackup: string): string => `${eventsBackup}.keys`;

const countKeys = (db: Database.Database, schema = 'main'): number =>
  db.prepare(`SELECT count(*) FROM ${schema}.subject_keys`).pluck().get() as number;

/**
 * An online, consistent copy of a keys file (SQLite's backup API). Taken after the event store's
 * backup, it holds the key of every event that backup holds: keys are only ever added or forgotten.
 */
export const backupSqliteKeys = async (file: string, to: string): Promise<{ readonly keys: number }> => {
  const source = new Database(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(to);
  } finally {
    source.close();
  }
  const copy = new Database(to, { readonly: true });
  try {
    return { keys: countKeys(copy) };
  } finally {
    copy.close();
  }
};

/**
 * Brings a backup's keys into a keys file (made when missing), as a restore does: a subject that
 * either file forgot stays forgotten, its key deleted; every other key of the backup that the file
 * lacks is added. So restoring an old backup next to the current keys file never brings back the
 * key of someone erased since.
 */
export const mergeSqliteKeys = async (file: string, from: string): Promise<{ readonly added: number; readonly forgotten: number }> => {
  await createSqliteKeyStore(file).close(); // its schema and pragmas
  const db = new Database(file);
  try {
    db.pragma('secure_delete = ON');
    db.pragma('synchronous = FULL');
    db.prepare('ATTACH DATABASE ? AS backup').run(from);
    const merge = db.transaction(() => {
      const before = countKeys(db);
      const forgotten = db
        .prepare('INSERT OR IGNORE INTO forgotten_subjects SELECT subject, forgotten_at FROM backup.forgotten_subjects')
        .run().changes;
      const deleted = db.prepare('DELETE FROM subject_keys WHERE subject IN (SELECT subject FROM forgotten_subjects)').run().changes;
      db.prepare(
        'INSERT OR IGNORE INTO subject_keys SELECT subject, key, created_at FROM backup.subject_keys ' +
          'WHERE subject NOT IN (SELECT subject FROM forgotten_subjects)',
      ).run();
      return { added: countKeys(db) - before + deleted, forgotten };
    });
    const result = merge.immediate();
    db.exec('DETACH DATABASE backup');
    return result;
  } finally {
    db.close();
  }
};
