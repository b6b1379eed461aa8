import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteEventStore } from './sqlite-event-store';
import { startWalCheckpointer, type CheckpointResult } from './wal-checkpointer';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const fileIn = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'pivotal-wal-'));
  dirs.push(dir);
  return join(dir, name);
};

/** A WAL database whose own connection never checkpoints, with `rows` rows written. */
const walWithRows = (file: string, rows: number) => {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO t (text) VALUES (?)');
  for (let i = 0; i < rows; i += 1) insert.run('x'.repeat(200));
  return db;
};

const firstCheckpoint = (file: string) =>
  new Promise<{ result: CheckpointResult; stop: () => Promise<void> }>((resolve, reject) => {
    const checkpointer = startWalCheckpointer(file, {
      intervalMs: 20,
      onCheckpoint: (result) => resolve({ result, stop: checkpointer.stop }),
      onError: (message) => reject(new Error(message)),
    });
  });

describe('the background WAL checkpointer', () => {
  it('given a WAL its connection never checkpoints, when the checkpointer runs, then every frame reaches the database file', async () => {
    const file = fileIn('a.sqlite');
    const db = walWithRows(file, 2000);
    const sizeBefore = statSync(file).size;
    const { result, stop } = await firstCheckpoint(file);
    await stop();
    expect(result.busy).toBe(0);
    expect(result.log).toBeGreaterThan(0);
    expect(result.checkpointed).toBe(result.log);
    expect(statSync(file).size).toBeGreaterThan(sizeBefore);
    db.close();
    const reopened = new Database(file, { readonly: true });
    expect(reopened.prepare('SELECT count(*) FROM t').pluck().get()).toBe(2000);
    reopened.close();
  });

  it('given a writer that never stops and checkpoints itself only at a backstop, then the WAL stays under the backstop', async () => {
    const file = fileIn('d.sqlite');
    const backstopPages = 300;
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma(`wal_autocheckpoint = ${backstopPages}`);
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO t (text) VALUES (?)');
    let checkpoints = 0;
    const checkpointer = startWalCheckpointer(file, { intervalMs: 50, onCheckpoint: () => (checkpoints += 1) });
    let largest = 0;
    for (let i = 0; i < 3000; i += 1) {
      insert.run('x'.repeat(500));
      if (i % 100 === 0) largest = Math.max(largest, statSync(`${file}-wal`).size);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await checkpointer.stop();
    expect(checkpoints).toBeGreaterThan(0);
    // 3000 commits of a page or more would be at least 12 MB of WAL if it never started over; a
    // self-checkpoint that finds the worker's under way is retried at the next commit, so allow twice the backstop.
    expect(largest).toBeLessThan(2 * backstopPages * 4096);
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(3000);
    db.close();
  });

  it('given a checkpointer, when stopped twice, then both resolve once its worker has exited', async () => {
    const file = fileIn('b.sqlite');
    walWithRows(file, 1).close();
    const checkpointer = startWalCheckpointer(file, { intervalMs: 10_000 });
    await Promise.all([checkpointer.stop(), checkpointer.stop()]);
  });

  it('given a file that is not a database, then each failed checkpoint is reported', async () => {
    const file = fileIn('c.sqlite');
    writeFileSync(file, 'not a database, not at all, no header here'.repeat(10));
    await expect(firstCheckpoint(file)).rejects.toThrow(/not a database|file is not a database/i);
  });

  it('given an event store with background checkpoints, then appends commit and it closes cleanly', async () => {
    const store = createSqliteEventStore(fileIn('events.sqlite'), { backgroundCheckpoints: { intervalMs: 10 } });
    let last = -1n;
    for (let i = 0; i < 50; i += 1) {
      ({ position: last } = await store.append(`s-${i}`, [{ id: crypto.randomUUID(), type: 'T', data: { i }, metadata: { schemaVersion: 1, correlationId: 'c', causationId: 'c', actorId: 'a', occurredAt: '2026-01-01T00:00:00.000Z' } }], 'no_stream'));
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await store.headPosition()).toBe(last);
    expect((await store.readAll({ limit: 100 })).events).toHaveLength(50);
    await store.close();
  });
});
