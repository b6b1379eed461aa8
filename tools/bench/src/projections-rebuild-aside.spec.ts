import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PivotalEvent } from '@pivotal/domain';
import { createSqliteEventStore, type EventStore, type RecordedEvent } from '@pivotal/event-store';
import { createProjectionRunner, openReadModelDb, pivotalProjections, type ReadModelDb } from '@pivotal/projections';
import { generateHistory } from '@pivotal/demo-data';

const now = '2026-11-25T12:00:00.000Z';
const quiet = { info: () => undefined, error: () => undefined };

/** Every row of every table, the runner's checkpoints included, in a stable order. */
const everything = (db: ReadModelDb) => {
  const names = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  return Object.fromEntries(names.map((name) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY 1, 2`).all()]));
};

const append = (store: EventStore, streamId: string, events: readonly PivotalEvent[]) =>
  store.append(
    streamId,
    events.map((event) => ({
      id: randomUUID(),
      type: event.type,
      data: event.data,
      metadata: { schemaVersion: 1, correlationId: 'c', causationId: 'c', actorId: 'system', occurredAt: now },
    })),
    'any',
  );

/** What the generated history lacks: reflections, follow-ups, a calendar feed reset, and an erasure. */
const trackingAndAnErasure = async (store: EventStore) => {
  const all: RecordedEvent[] = [];
  for (let from: bigint | undefined; ; ) {
    const page = await store.readAll({ from, limit: 1000 });
    all.push(...page.events);
    if (page.next === null) break;
    from = page.next;
  }
  const received = all.filter((e) => e.type === 'FeedbackReceived').map((e) => e.data as { applicationId: string; candidateId: string; feedbackId: string });
  const [first, second, third] = received as [(typeof received)[0], (typeof received)[0], (typeof received)[0]];
  const at = '2026-11-20T10:00:00.000Z';
  await append(store, `application-${first.applicationId}`, [
    { type: 'ReflectionWritten', data: { ...first, text: 'I rushed the design part', writtenAt: at } },
    { type: 'FollowUpSet', data: { applicationId: first.applicationId, candidateId: first.candidateId, followUpAt: now, note: 'call them', setAt: at } },
  ]);
  await append(store, `application-${second.applicationId}`, [
    { type: 'FollowUpSet', data: { applicationId: second.applicationId, candidateId: second.candidateId, followUpAt: now, note: null, setAt: at } },
    { type: 'FollowUpCleared', data: { applicationId: second.applicationId, candidateId: second.candidateId, clearedAt: at } },
  ]);
  await append(store, `candidate-${third.candidateId}`, [
    { type: 'CalendarFeedReset', data: { candidateId: third.candidateId, version: 2, resetAt: at } },
  ]);
  await append(store, `candidate-${third.candidateId}`, [
    { type: 'CandidateErased', data: { candidateId: third.candidateId, accountId: third.candidateId, erasedBy: 'staff-1', reason: 'asked', erasedAt: now } },
  ]);
};

describe('the rebuild aside (scratch file, bulk load, swap)', () => {
  it('given a history applied live one event per transaction, when rebuilt, then every table and checkpoint is exactly the same', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rebuild-aside-bench-'));
    const store = createSqliteEventStore(join(dir, 'events.db'));
    const db = openReadModelDb(join(dir, 'read.db'));
    const runner = createProjectionRunner({ store, db, projections: pivotalProjections, batchSize: 1, logger: quiet });
    await runner.start();
    const history = generateHistory({
      seed: 5,
      now,
      agencyId: 'agency-1',
      candidates: 20,
      agency: { name: 'One', joinCode: 'ONE' },
      team: ['staff-1', 'staff-2'],
      accounts: { passwordHash: 'hash', emailOf: (n) => `candidate-${n}@example.test` },
    });
    for (const batch of history) await store.append(batch.streamId, batch.events, batch.expected);
    await trackingAndAnErasure(store);
    await runner.waitForPosition(await store.headPosition(), 20_000);
    const live = everything(db);
    for (const table of ['accounts_v1', 'applications_v2', 'goals_v1', 'feedback_queue_v1', 'reflections_v1', 'follow_ups_v1', 'calendar_feeds_v1', 'erasures_v1']) {
      expect(live[table], table).not.toEqual([]);
    }

    await runner.rebuild();
    expect(everything(db)).toEqual(live);
    await runner.stop();
    db.close();
    await store.close();
  });
});
