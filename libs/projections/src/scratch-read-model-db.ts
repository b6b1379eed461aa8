import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { ReadModelDb } from './projection';

/** Deletes a scratch file (and a journal sqlite may have left beside it); a rebuild killed midway leaves one. */
export const removeScratch = (path: string): void => {
  for (const file of [path, `${path}-journal`, `${path}-wal`, `${path}-shm`]) if (existsSync(file)) rmSync(file, { force: true });
};

const isFile = (db: ReadModelDb): boolean => !db.memory && db.name !== '';

/** Where a rebuild of `db` builds its tables, and how to delete it: beside its file, or in a temp dir for a database in memory. */
export const scratchFor = (db: ReadModelDb): { readonly path: string; remove(): void } => {
  if (isFile(db)) {
    const path = `${db.name}.rebuild`;
    return { path, remove: () => removeScratch(path) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'pivotal-rebuild-'));
  return { path: join(dir, 'rebuild.db'), remove: () => rmSync(dir, { recursive: true, force: true }) };
};

/**
 * Opens a fresh scratch database for a bulk load: nothing in it needs to survive a crash (a
 * rebuild that dies starts over), so it runs without a journal, without fsync and with an
 * exclusive lock, and one transaction covers the whole load (pages reach the file only when the
 * cache spills and at the end). Deleted rows are still zeroed, as in the read models.
 */
export const openScratchDb = (path: string): ReadModelDb => {
  removeScratch(path);
  const db = new Database(path);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('locking_mode = EXCLUSIVE');
  db.pragma('secure_delete = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma('cache_size = -65536');
  return db;
};

/**
 * Deletes what a rebuild of `db` killed midway left beside it: the runner calls it when it is
 * created, so that personal data opened for that rebuild does not outlast an erasure since.
 */
export const removeLeftoverScratch = (db: ReadModelDb): void => {
  if (isFile(db)) removeScratch(`${db.name}.rebuild`);
};
