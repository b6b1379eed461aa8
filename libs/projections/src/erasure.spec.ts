import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { CandidateErased, PivotalEvent } from '@pivotal/domain';
import { createMemoryEventStore, createSqliteEventStore, type EventStore } from '@pivotal/event-store';
import { truncateWalAfterErasures } from './erasure-scrub';
import type { ReadModelDb } from './projection';
import { openReadModelDb } from './read-model-db';
import { pivotalProjections } from './read-models';
import { createReadModelQueries } from './queries/read-model-queries';
import { createProjectionRunner, type ProjectionRunner } from './runner';
import { appendEvents } from './testing/append';
import { ada, agencyId, bob, story } from './testing/story';

const quiet = { info: () => undefined, error: () => undefined };
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Every string of Ada's (and of what staff wrote about her) that the story holds. */
const adasWords = [
  'Ada Lovelace', 'ada lovelace', 'ada@example.test', 'Acme', 'Globex', 'phone screen', 'technical', 'onsite', 'went well',
  'not enough experience', 'Strong basics, thin system design.', 'system design', 'research the company',
  'Practise system design', 'Research companies', 'did ten designs',
];
const erasure: CandidateErased = {
  type: 'CandidateErased',
  data: { candidateId: ada, accountId: ada, erasedBy: 'staff-1', reason: 'asked by letter', erasedAt: '2026-03-01T10:00:00.000Z' },
};

/** Every row of every read-model table (the runner's bookkeeping aside), table by table. */
const tablesOf = (db: ReadModelDb): Record<string, unknown[]> => {
  const names = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'projection_%' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  return Object.fromEntries(names.map((name) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all()]));
};

const start = async (store: EventStore, db: ReadModelDb): Promise<ProjectionRunner> => {
  const runner = createProjectionRunner({ store, db, projections: pivotalProjections, logger: quiet });
  cleanups.push(() => runner.stop());
  await runner.start();
  return runner;
};

const givenTheStory = async (events: readonly PivotalEvent[] = story) => {
  const store = createMemoryEventStore();
  const db = new Database(':memory:');
  cleanups.push(async () => {
    await store.close();
    db.close();
  });
  await appendEvents(store, events);
  const runner = await start(store, db);
  const project = async (event: PivotalEvent) => runner.waitForPosition(await appendEvents(store, [event]), 2000);
  return { store, db, runner, project, q: createReadModelQueries(db) };
};

const period = { agencyId, from: null, to: null };

describe('erasing a candidate in the read models', () => {
  it('given the story, when Ada is erased, then no row holds her words, and she shows as an erased candidate', async () => {
    const { db, project, q } = await givenTheStory();
    await project(erasure);
    const dump = JSON.stringify(tablesOf(db));
    for (const word of adasWords) expect(dump, word).not.toContain(word);
    expect(q.candidateById(ada, '2026-03-01T00:00:00.000Z')).toMatchObject({ name: 'erased candidate', email: '[erased]' });
    expect(q.accountByEmail('ada@example.test')).toBeNull();
    expect(q.isErased(ada)).toBe(true);
    expect(q.isErased(bob)).toBe(false);
  });

  it('given the story, when Ada is erased, then the agency analytics count the same, and Bob is untouched', async () => {
    const before = await givenTheStory();
    const analyticsBefore = before.q.agencyAnalytics(period);
    const bobBefore = before.q.applicationsOfCandidate({ candidateId: bob, first: 100 });
    const { project, q } = await givenTheStory();
    await project(erasure);
    expect(q.agencyAnalytics(period)).toEqual(analyticsBefore);
    expect(q.applicationsOfCandidate({ candidateId: bob, first: 100 })).toEqual(bobBefore);
    expect(q.candidateById(ada, '2026-03-01T00:00:00.000Z')?.stats).toEqual(
      before.q.candidateById(ada, '2026-03-01T00:00:00.000Z')?.stats,
    );
  });

  it('given an erasure, when the projections are rebuilt, then every table is as it was before the rebuild', async () => {
    const { db, runner, project } = await givenTheStory();
    await project(erasure);
    const before = tablesOf(db);
    await runner.rebuild();
    expect(tablesOf(db)).toEqual(before);
  });

  it('given a waiting feedback request of Ada, when she is erased, then it leaves the queue', async () => {
    const waiting: PivotalEvent = {
      type: 'FeedbackRequested',
      data: { applicationId: 'app-2', candidateId: ada, agencyId, requestedAt: '2026-02-13T10:00:00.000Z' },
    };
    const { project, q } = await givenTheStory([...story, waiting]);
    const queue = () => q.feedbackQueue({ agencyId, now: '2026-03-01T00:00:00.000Z' }).nodes.map((item) => item.applicationId);
    expect(queue()).toContain('app-2');
    await project(erasure);
    expect(queue()).not.toContain('app-2');
  });

  it('given the erasure appended while no runner ran (a crash after the keys were forgotten), when a runner starts, then it cleans the rows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'erasure-'));
    const store = createSqliteEventStore(join(dir, 'events.sqlite'));
    cleanups.push(() => store.close());
    await appendEvents(store, story);
    const first = openReadModelDb(join(dir, 'read-models.sqlite'));
    const runner = await start(store, first);
    await runner.stop();
    first.close();
    await appendEvents(store, [erasure]);

    const db = openReadModelDb(join(dir, 'read-models.sqlite'));
    cleanups.push(() => void db.close());
    await start(store, db);
    expect(createReadModelQueries(db).isErased(ada)).toBe(true);
    const dump = JSON.stringify(tablesOf(db));
    for (const word of adasWords) expect(dump, word).not.toContain(word);
  });

  it('given a read-model file, when Ada is erased, then no byte of the file or its WAL holds her words', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'erasure-'));
    const store = createMemoryEventStore();
    cleanups.push(() => store.close());
    const db = openReadModelDb(join(dir, 'read-models.sqlite'));
    cleanups.push(() => void db.close());
    // Without secure_delete the words would stay in the pages' free space; without the truncation, in the WAL.
    const runner = createProjectionRunner({ store, db, projections: pivotalProjections, logger: quiet });
    cleanups.push(() => runner.stop());
    cleanups.push(truncateWalAfterErasures(runner, db, quiet));
    await appendEvents(store, story);
    await runner.start();
    const bytesOf = () => Buffer.concat(readdirSync(dir).map((file) => readFileSync(join(dir, file))));
    expect(bytesOf().includes('Practise system design')).toBe(true);

    await runner.waitForPosition(await appendEvents(store, [erasure]), 2000);
    const bytes = bytesOf();
    for (const word of adasWords) expect(bytes.includes(word), word).toBe(false);
    expect(bytes.includes('Bob Babbage')).toBe(true);
  });
});
