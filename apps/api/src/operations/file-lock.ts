import Database from 'better-sqlite3';

/** A lock held on a file until released, or until the process that holds it dies (even by SIGKILL). */
export interface FileLock {
  release(): void;
}

/**
 * Takes a SQLite lock on `path` (an empty file of its own, created when missing): `exclusive` for
 * one holder, `shared` for many that keep an exclusive holder out. The operating system drops the
 * lock with the process, so a crash never leaves a stale lock behind (unlike a pid file). Answers
 * null when another connection, of this process or another, holds a conflicting lock.
 */
export const tryLockFile = (path: string, mode: 'exclusive' | 'shared'): FileLock | null => {
  const db = new Database(path);
  try {
    db.pragma('busy_timeout = 0');
    // Nothing is ever written: no journal file beside the lock.
    db.pragma('journal_mode = MEMORY');
    if (mode === 'exclusive') db.exec('BEGIN EXCLUSIVE');
    else {
      db.exec('BEGIN');
      // A read inside the transaction is what takes (and keeps) the shared lock.
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    }
  } catch (error) {
    db.close();
    if ((error as { code?: unknown }).code === 'SQLITE_BUSY') return null;
    throw error;
  }
  let held = true;
  return {
    release: () => {
      if (!held) return;
      held = false;
      db.close();
    },
  };
};
