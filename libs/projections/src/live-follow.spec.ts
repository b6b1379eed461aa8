import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { PivotalEvent } from '@pivotal/domain';
import {
  afterGroupCommits,
  appendTogether,
  createSealedSqliteEventStore,
  createSqliteEventStore,
  type EventStore,
} from '@pivotal/event-store';
import { createProjectionRunner } from './runner';
import { registrations } from './testing/append';
import { ledgerProjection } from './testing/test-projections';

const directory = mkdtempSync(join(tmpdir(), 'pivotal-live-follow-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
let files = 0;
const freshFile = () => join(directory, `events-${(files += 1)}.sqlite`);

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const quiet = { info: () => undefined, error: () => undefined };
/** Resolves in the next turn of the event loop, once the current turn's immediates have run. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Appends one event to a new stream the way the command handler does: through group commit. */
const appendAlone = (store: EventStore, event: PivotalEvent) => {
  const id = randomUUID();
  const metadata = { schemaVersion: 1, correlationId: id, causationId: id, actorId: 'system', occurredAt: '2026-12-08T00:00:00.000Z' };
  return appendTogether(store, `candidate-${id}`, [{ id, type: event.type, data: event.data, metadata }], 'no_stream');
};

/**
 * A runner of the ledger projection following `store` live, and the runner's position each time a
 * group committed to the store has settled: heard after the runner's own listener, so at the end
 * of the committing turn, before the next one's requests.
 */
const givenARunnerFollowing = async (store: EventStore) => {
  cleanups.push(() => store.close());
  const db = new Database(':memory:');
  const runner = createProjectionRunner({ store, db, projections: [ledgerProjection], logger: quiet });
  cleanups.push(() => runner.stop());
  await runner.start();
  const positionsAtEndOfTurn: (string | null)[] = [];
  const unsubscribe = afterGroupCommits(store, () => positionsAtEndOfTurn.push(runner.status()[0]?.position ?? null));
  cleanups.push(async () => unsubscribe());
  return { store, db, positionsAtEndOfTurn };
};

describe.each([
  ['sqlite (file)', () => createSqliteEventStore(freshFile())],
  ['sqlite (file) through the crypto-shredding decorator', () => createSealedSqliteEventStore(freshFile())],
])('the projection runner following %s live', (_name, open) => {
  it('given appends of this process committed as one group, then it applies them in the turn of the event loop that committed them', async () => {
    const { store, db, positionsAtEndOfTurn } = await givenARunnerFollowing(open());

    const results = await Promise.all(registrations(5).map((event) => appendAlone(store, event)));
    await nextTurn();

    const head = results.reduce((max, result) => (result.position > max ? result.position : max), -1n);
    expect(positionsAtEndOfTurn).toEqual([store.positionToString(head)]);
    expect(db.prepare('SELECT COUNT(*) FROM ledger').pluck().get()).toBe(5);
  });

  it('given appends in two turns, then each turn’s group is applied in its own turn, each event once', async () => {
    const { store, db, positionsAtEndOfTurn } = await givenARunnerFollowing(open());

    const first = await Promise.all(registrations(3).map((event) => appendAlone(store, event)));
    await nextTurn();
    const second = await Promise.all(registrations(2, 3).map((event) => appendAlone(store, event)));
    await nextTurn();

    expect(positionsAtEndOfTurn).toEqual([first.at(-1)?.position, second.at(-1)?.position].map((p) => store.positionToString(p ?? -1n)));
    expect(db.prepare('SELECT position FROM ledger ORDER BY CAST(position AS INTEGER)').pluck().all()).toEqual(
      [...first, ...second].map((result) => String(result.position)),
    );
  });
});
