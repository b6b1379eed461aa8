import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { KEY_BYTES, type KeyStore } from './key-store';

export interface SqliteKeyStoreOptions {
  /** How long a write waits for another process's lock, in ms (default 5000). */
  readonly busyTimeoutMs?: number;
}

const schema = `
CREATE TABLE IF NOT EXISTS subject_keys (
  subject TEXT PRIMARY KEY,
  key BLOB NOT NULL,
  created_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS forgotten_subjects (
  subject TEXT PRIMARY KEY,
  forgotten_at TEXT NOT NULL
) WITHOUT ROWID;
`;

/**
 * The keys in their own sqlite file (`<dataDir>/keys.sqlite`), shared by every process of the data
 * dir. A rollback journal rather than WAL: a forgotten key's page is overwritten in the file itself
 * (`secure_delete` zeroes the deleted bytes) and the journal that held its old image is deleted at
 * commit, so no copy of the key outlives the forget in any file. `synchronous=FULL`: a key is on
 * disk before any event sealed under it is.
 */
export const createSqliteKeyStore = (path: string, options: SqliteKeyStoreOptions = {}): KeyStore => {
  const db = new Database(path);
  db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
  db.pragma('journal_mode = DELETE');
  db.pragma('synchronous = FULL');
  db.pragma('secure_delete = ON');
  db.exec(schema);

  const keyOf = db.prepare<[string], Buffer>('SELECT key FROM subject_keys WHERE subject = ?').pluck();
  const forgottenOf = db.prepare<[string], number>('SELECT 1 FROM forgotten_subjects WHERE subject = ?').pluck();
  const insertKey = db.prepare<[string, Buffer, string]>(
    'INSERT OR IGNORE INTO subject_keys (subject, key, created_at) VALUES (?, ?, ?)',
  );
  const deleteKey = db.prepare<[string]>('DELETE FROM subject_keys WHERE subject = ?');
  const markForgotten = db.prepare<[string, string]>(
    'INSERT OR IGNORE INTO forgotten_subjects (subject, forgotten_at) VALUES (?, ?)',
  );

  // Immediate transactions: of two processes making the same subject's key, or one making it while
  // another forgets the subject, one goes first and the other sees its outcome.
  const create = db.transaction((subject: string, key: Buffer): Buffer | null => {
    if (forgottenOf.get(subject) !== undefined) return null;
    insertKey.run(subject, key, new Date().toISOString());
    return keyOf.get(subject) ?? null;
  });
  const forget = db.transaction((subjects: readonly string[]) => {
    const at = new Date().toISOString();
    for (const subject of subjects) {
      deleteKey.run(subject);
      markForgotten.run(subject, at);
    }
  });

  return {
    getOrCreateKey: async (subject) => keyOf.get(subject) ?? create.immediate(subject, randomBytes(KEY_BYTES)),
    getKey: async (subject) => keyOf.get(subject) ?? null,
    forget: async (subjects) => {
      if (subjects.length > 0) forget.immediate(subjects);
    },
    isForgotten: async (subject) => forgottenOf.get(subject) !== undefined,
    close: async () => {
      if (db.open) db.close();
    },
  };
};
