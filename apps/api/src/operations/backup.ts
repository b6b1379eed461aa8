import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';

/** What a backup or a restore holds: its events and the position of the last. */
export interface StoreSummary {
  readonly file: string;
  readonly events: number;
  /** The last event's position, or -1 when the store is empty. */
  readonly lastPosition: number;
}

/** Something refused the backup or the restore; nothing was changed. */
export class BackupRefused extends Error {
  readonly code = 'BACKUP_REFUSED';
  constructor(message: string) {
    super(message);
    this.name = 'BackupRefused';
  }
}

/** Checks that `file` is a sound event store and says what it holds. */
export const inspectStore = (file: string): StoreSummary => {
  if (!existsSync(file)) throw new BackupRefused(`${file} does not exist`);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new BackupRefused(`${file} is damaged: ${String(integrity)}`);
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'").get();
    if (!table) throw new BackupRefused(`${file} is not a Pivotal event store (no events table)`);
    const row = db.prepare('SELECT count(*) AS events, coalesce(max(position), -1) AS lastPosition FROM events').get() as {
      events: number;
      lastPosition: number;
    };
    return { file, ...row };
  } catch (error) {
    if (error instanceof BackupRefused) throw error;
    throw new BackupRefused(`${file} is not a readable SQLite event store: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    db.close();
  }
};

/**
 * An online, consistent copy of the embedded event store with SQLite's backup API, taken while the
 * server serves: every page is copied in ONE step, inside one read transaction of a connection of
 * this process, so the copy is the log as it stood at one commit (a WAL reader never blocks the
 * writers, and a step-wise copy would start over at every append of another process). The copy is
 * written beside the target, turned into a single self-contained file (no WAL), checked, then
 * renamed into place: `to` is either the whole backup or absent.
 */
export const backupEventStore = async (eventsFile: string, to: string): Promise<StoreSummary> => {
  const target = resolve(to);
  if (!existsSync(eventsFile)) throw new BackupRefused(`there is no event store at ${eventsFile}`);
  if (!existsSync(dirname(target))) throw new BackupRefused(`the directory of ${target} does not exist`);
  if (existsSync(target)) throw new BackupRefused(`${target} exists already: name a new file`);
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const source = new Database(eventsFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(partial, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
  try {
    const copy = new Database(partial);
    copy.pragma('journal_mode = DELETE');
    copy.close();
    const summary = inspectStore(partial);
    renameSync(partial, target);
    return { ...summary, file: target };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
};

/**
 * Replaces the event store of a data dir with a backup (the caller holds the store's exclusive
 * lock: no process has it open). The backup is checked first; the old store's WAL and shared
 * memory go with it, and the read models built from the old log are deleted, to be rebuilt from
 * the restored one at the next start.
 */
export const restoreEventStore = (from: string, eventsFile: string, readModelFiles: readonly string[]): StoreSummary => {
  const summary = inspectStore(resolve(from));
  const incoming = `${eventsFile}.restoring`;
  copyFileSync(resolve(from), incoming);
  for (const suffix of ['-wal', '-shm']) rmSync(`${eventsFile}${suffix}`, { force: true });
  renameSync(incoming, eventsFile);
  for (const file of readModelFiles) for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  return { ...summary, file: eventsFile };
};
