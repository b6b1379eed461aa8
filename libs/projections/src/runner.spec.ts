import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryEventStore, createSqliteEventStore, type EventStore } from '@pivotal/event-store';
import type { Projection } from './projection';
import { createReadModelQueries } from './queries/read-model-queries';
import { openReadModelDb } from './read-model-db';
import { applicationsProjection } from './read-models';
import { createProjectionRunner, type CommittedBatch } from './runner';
import { ProjectionTimeout } from './runner-errors';
import { appendEvents, registrations } from './testing/append';
import { fragileProjection, ledgerProjection, tallyProjection } from './testing/test-projections';

const quiet = { info: () => undefined, error: () => undefined };
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const runnerOver = (store: EventStore, db: Database.Database, projections: Projection[], batchSize = 10) => {
  const runner = createProjectionRunner({ store, db, projections, batchSize, logger: quiet });
  cleanups.push(() => runner.stop());
  return runner;
};
const memoryStore = () => {
  const store = createMemoryEventStore();
  cleanups.push(() => store.close());
  return store;
};
const ledgerPositions = (db: Database.Database) =>
  (db.prepare('SELECT position FROM ledger ORDER BY CAST(position AS INTEGER)').pluck().all() as string[]).map(Number);

describe('the projection runner', () => {
  it('given events in the log, when started, then every projection applies them and reports its position', async () => {
    const store = memoryStore();
    const head = await appendEvents(store, registrations(25));
    const db = new Database(':memory:');
    const runner = runnerOver(store, db, [ledgerProjection]);
    await runner.start();
    expect(ledgerPositions(db)).toEqual([...Array(25).keys()]);
    expect(runner.status()).toEqual([
      { name: 'ledger', version: 1, active: true, position: String(head), caughtUp: true, stoppedWith: null },
    ]);
  });

  it('given a listener, when a waiter’s position is committed, then the listener has seen the batch before the waiter resumes', async () => {
    const store = memoryStore();
    const db = new Database(':memory:');
    const runner = runnerOver(store, db, [ledgerProjection]);
    let seen = -1n;
    runner.onCommitted((batch) => (seen = batch.position));
    await runner.start();
    const head = await appendEvents(store, registrations(3));
    await runner.waitForPosition(head, 2000);
    expect(seen).toBe(head);
  });

  it('given a listener of replacements, when a projection is rebuilt, then it is told which', async () => {
    const store = memoryStore();
    await appendEvents(store, registrations(3));
    const db = new Database(':memory:');
    const runner = runnerOver(store, db, [ledgerProjection]);
    const replaced: string[] = [];
    const unsubscribe = runner.onReplaced((name) => replaced.push(name));
    await runner.start();
    await runner.rebuild('ledger');
    unsubscribe();
    await runner.rebuild('ledger');
    expect(replaced).toEqual(['ledger']);
  });

  it('given a running runner, when events are appended, then it follows live and tells listeners per committed batch', async () => {
    const store = memoryStore();
    const db = new Database(':memory:');
    const runner = runnerOver(store, db, [ledgerProjection]);
    const batches: CommittedBatch[] = [];
    runner.onCommitted((batch) => batches.push(batch));
    await runner.start();
    const head = await appendEvents(store, registrations(3));
    await runner.waitForPosition(head, 2000);
    expect(ledgerPositions(db)).toEqual([0, 1, 2]);
    expect(batches.flatMap((b) => b.events.map((e) => e.position))).toEqual([0n, 1n, 2n]);
    expect(batches.at(-1)?.position).toBe(head);
  });

  it('given a stopped runner and more events, when a new runner starts on the same files, then nothing is missed or repeated', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'runner-restart-'));
    const store = createSqliteEventStore(join(dir, 'events.db'));
    cleanups.push(() => store.close());
    const first = openReadModelDb(join(dir, 'read.db'));
    const runner1 = runnerOver(store, first, [ledgerProjection], 7);
    await runner1.start();
    await runner1.waitForPosition(await appendEvents(store, registrations(30)), 2000);
    await runner1.stop();
    first.close();
    const head = await appendEvents(store, registrations(20, 30));

    const second = openReadModelDb(join(dir, 'read.db'));
    const runner2 = runnerOver(store, second, [ledgerProjection], 7);
    await runner2.start();
    await runner2.waitForPosition(head, 2000);
    expect(ledgerPositions(second)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(runner2.status()[0]?.stoppedWith).toBeNull();
  });

  it('given a projection that throws halfway through a batch, then its rows and checkpoint stay as before that batch and it is never skipped', async () => {
    const store = memoryStore();
    // Batches of 10: the 16th registration (position 15) is in the second batch.
    await appendEvents(store, registrations(20));
    const db = new Database(':memory:');
    const runner = runnerOver(store, db, [ledgerProjection, fragileProjection('cand-15')]);
    await runner.start();

    const fragileRows = db.prepare('SELECT candidate_id FROM fragile ORDER BY candidate_id').pluck().all();
    expect(fragileRows).toEqual(registrations(10).map((e) => (e.data as { candidateId: string }).candidateId));
    const checkpoint = db.prepare("SELECT position, failed_position, error FROM projection_checkpoints WHERE name = 'fragile'");
    expect(checkpoint.get()).toEqual({ position: '9', failed_position: '15', error: 'cannot digest cand-15' });
    expect(runner.status().find((s) => s.name === 'fragile')).toMatchObject({
      caughtUp: false,
      position: '9',
      stoppedWith: { error: 'cannot digest cand-15', position: '15' },
    });
    expect(ledgerPositions(db)).toHaveLength(20);

    const head = await appendEvents(store, registrations(5, 20));
    const failure = await runner.waitForPosition(head, 100).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ProjectionTimeout);
    expect((failure as Error).message).toMatch(/fragile at 9 \(stopped: cannot digest cand-15\)/);
    expect(checkpoint.get()).toMatchObject({ position: '9' });
    expect(ledgerPositions(db)).toHaveLength(25);
  });

  it('given a position the log has not reached, when waiting for it, then it rejects with ProjectionTimeout after the timeout', async () => {
    const store = memoryStore();
    const runner = runnerOver(store, new Database(':memory:'), [ledgerProjection]);
    await runner.start();
    const started = Date.now();
    await expect(runner.waitForPosition(5n, 80)).rejects.toThrow(ProjectionTimeout);
    expect(Date.now() - started).toBeGreaterThanOrEqual(75);
    const waiting = runner.waitForPosition(0n, 2000);
    await appendEvents(store, registrations(1));
    await expect(waiting).resolves.toBeUndefined();
  });

  it('given a new version of a projection, then it rebuilds beside the old tables, which answer until it has caught up and is swapped in', async () => {
    const store = memoryStore();
    await appendEvents(store, registrations(30));
    const db = new Database(':memory:');
    const v1 = runnerOver(store, db, [tallyProjection(1, 1)]);
    await v1.start();
    await v1.stop();
    const tally = () => db.prepare('SELECT count FROM tally').pluck().get();
    expect(tally()).toBe(30);

    const v2 = runnerOver(store, db, [tallyProjection(2, 10)]);
    const meanwhile: unknown[] = [];
    v2.onCommitted(() => meanwhile.push([tally(), v2.status()[0]?.active]));
    await v2.start();
    expect(meanwhile).toEqual([
      [30, false],
      [30, false],
      [30, false],
    ]);
    expect(tally()).toBe(300);
    expect(v2.status()[0]).toMatchObject({ version: 2, active: true, caughtUp: true });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'tally%' ORDER BY name").pluck().all();
    expect(tables).toEqual(['tally', 'tally_v2']);
    expect(db.prepare('SELECT name, version FROM projection_checkpoints').all()).toEqual([{ name: 'tally', version: 2 }]);
  });

  it('given an event stored at an old schema version, then projections see it upcast to today’s shape', async () => {
    const store = memoryStore();
    await appendEvents(store, [
      { type: 'JobApplied', data: { applicationId: 'app-1', candidateId: 'c', agencyId: null, company: 'Acme', role: 'Dev', appliedAt: '2026-01-01T00:00:00.000Z' } },
    ]);
    const v1Interview = { applicationId: 'app-1', interviewId: 'i-1', stage: 'technical', occurredAt: '2026-01-02T00:00:00.000Z', rating: 8 };
    const head = await appendEvents(store, [{ type: 'Interviewed', data: v1Interview } as never], 'test-stream', 1);
    const db = new Database(':memory:');
    const runner = runnerOver(store, db, [applicationsProjection]);
    await runner.start();
    await runner.waitForPosition(head, 1000);
    const [interviews] = createReadModelQueries(db).interviewsByApplicationIds(['app-1']);
    expect(interviews).toEqual([expect.objectContaining({ id: 'i-1', selfRating: 4, notes: null })]);
  });
});
