import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryEventStore } from '@pivotal/event-store';
import type { PivotalEvent } from '@pivotal/domain';
import { pivotalProjections } from '../read-models';
import { createProjectionRunner } from '../runner';
import { appendEvents } from '../testing/append';
import { ada, agencyId, bob, story } from '../testing/story';
import { cacheCandidateReads } from './candidate-read-cache';
import { createReadModelQueries, type ReadModelQueries } from './read-model-queries';

const quiet = { info: () => undefined, error: () => undefined };
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Counts the table reads the cache lets through, per query. */
const counting = (queries: ReadModelQueries) => {
  const calls: Record<string, number> = {};
  const counted = Object.fromEntries(
    Object.entries(queries).map(([name, query]) => [
      name,
      (...args: unknown[]) => {
        calls[name] = (calls[name] ?? 0) + 1;
        return (query as (...a: unknown[]) => unknown)(...args);
      },
    ]),
  ) as ReadModelQueries;
  return { counted, calls };
};

/** The story projected by a running runner, and its queries behind the cache. */
const givenTheStory = async (maxCandidates?: number) => {
  const store = createMemoryEventStore();
  const db = new Database(':memory:');
  const runner = createProjectionRunner({ store, db, projections: pivotalProjections, logger: quiet });
  const { counted, calls } = counting(createReadModelQueries(db));
  const cache = cacheCandidateReads(counted, runner, maxCandidates === undefined ? {} : { maxCandidates });
  cleanups.push(async () => {
    cache.stop();
    await runner.stop();
    await store.close();
  });
  await appendEvents(store, story);
  await runner.start();
  /** Appends and waits for read-your-writes, as a mutation does. */
  const project = async (...events: PivotalEvent[]) => runner.waitForPosition(await appendEvents(store, events), 2000);
  return { q: cache.queries, cache, calls, runner, project };
};

const now = '2026-02-11T00:00:00.000Z';
const dashboard = (q: ReadModelQueries, candidateId: string) => ({
  profile: q.candidatesByIds([candidateId], now)[0],
  applications: q.applicationsOfCandidate({ candidateId, first: 100 }).nodes,
});

describe('the candidate read cache', () => {
  it('given a candidate read once, when read again, then the tables are not read again and the answer is the same', async () => {
    const { q, calls } = await givenTheStory();
    const first = dashboard(q, ada);
    expect(dashboard(q, ada)).toEqual(first);
    expect(q.candidateById(ada, now)).toEqual(first.profile);
    expect(calls).toMatchObject({ candidateStandingsByIds: 1, applicationsOfCandidate: 1 });
  });

  it('given a cached candidate, when the streak is read at another instant, then it is counted for that instant', async () => {
    const { q } = await givenTheStory();
    expect(q.candidateById(ada, '2026-02-11T00:00:00.000Z')?.stats.streakWeeks).toBe(2);
    expect(q.candidateById(ada, '2026-02-25T00:00:00.000Z')?.stats.streakWeeks).toBe(0);
    expect(q.candidateById(ada, '2026-01-20T00:00:00.000Z')?.stats.streakWeeks).toBe(3);
  });

  it('given a cached candidate, when an event naming them is projected, then the next read shows it', async () => {
    const { q, project } = await givenTheStory();
    expect(dashboard(q, ada).profile?.stats.applied).toBe(2);
    await project({
      type: 'JobApplied',
      data: { applicationId: 'app-9', candidateId: ada, agencyId, company: 'Hooli', role: 'Engineer', appliedAt: '2026-02-10T11:00:00.000Z' },
    });
    const after = dashboard(q, ada);
    expect(after.profile?.stats.applied).toBe(3);
    expect(after.applications.map((a) => a.id)).toEqual(['app-9', 'app-2', 'app-1']);
  });

  it('given a cached candidate, when an event of one of their applications (without their id) is projected, then the next read shows it', async () => {
    const { q, project } = await givenTheStory();
    expect(dashboard(q, bob).applications.find((a) => a.id === 'app-3')?.status).toBe('REJECTED');
    await project({ type: 'ApplicationWithdrawn', data: { applicationId: 'app-3', withdrawnAt: '2026-01-12T10:00:00.000Z' } });
    const after = dashboard(q, bob);
    expect(after.applications.find((a) => a.id === 'app-3')?.withdrawnAt).toBe('2026-01-12T10:00:00.000Z');
    expect(after.profile?.stats.withdrawn).toBe(2);
  });

  it('given two cached candidates, when an event of one is projected, then the other is still answered from memory', async () => {
    const { q, calls, project } = await givenTheStory();
    dashboard(q, ada);
    dashboard(q, bob);
    await project({
      type: 'GoalSet',
      data: { goalId: 'goal-9', candidateId: ada, theme: 'COMMUNICATION', title: 'Slow down', setAt: '2026-02-12T10:00:00.000Z', fromFeedbackId: null, applicationId: null, pointIndex: null },
    });
    dashboard(q, ada);
    dashboard(q, bob);
    expect(calls).toMatchObject({ candidateStandingsByIds: 3, applicationsOfCandidate: 3 });
  });

  it('given cached candidates, when events outside their read models are projected, then nothing is dropped', async () => {
    const { q, calls, project } = await givenTheStory();
    dashboard(q, ada);
    await project({ type: 'AgencyCreated', data: { agencyId: 'agency-2', name: 'Other', joinCode: 'OTHER1', createdAt: '2026-02-01T00:00:00.000Z' } });
    dashboard(q, ada);
    expect(calls).toMatchObject({ candidateStandingsByIds: 1, applicationsOfCandidate: 1 });
  });

  it('given cached candidates, when a read model is rebuilt, then everything is read afresh, even what no event touched', async () => {
    const { q, cache, calls, runner } = await givenTheStory();
    dashboard(q, ada);
    dashboard(q, 'nobody');
    await runner.rebuild('applications');
    expect(cache.size()).toBe(0);
    expect(dashboard(q, ada).applications.map((a) => a.id)).toEqual(['app-2', 'app-1']);
    expect(calls).toMatchObject({ candidateStandingsByIds: 3, applicationsOfCandidate: 3 });
  });

  it('given a bound of one candidate, when a second is read, then the least recently read is evicted', async () => {
    const { q, cache, calls } = await givenTheStory(1);
    dashboard(q, ada);
    dashboard(q, bob);
    expect(cache.size()).toBe(1);
    dashboard(q, ada);
    expect(calls).toMatchObject({ candidateStandingsByIds: 3 });
  });

  it('given a bound smaller than a batch, when the batch is read, then every candidate of it is answered', async () => {
    const { q } = await givenTheStory(1);
    expect(q.candidatesByIds([ada, bob], now).map((profile) => profile?.id)).toEqual([ada, bob]);
  });

  it('given a cached candidate, when their erasure is projected, then the next read shows them erased, without their words', async () => {
    const { q, project } = await givenTheStory();
    expect(dashboard(q, ada).profile?.name).toBe('Ada Lovelace');
    await project({
      type: 'CandidateErased',
      data: { candidateId: ada, accountId: ada, erasedBy: ada, reason: null, erasedAt: '2026-02-13T10:00:00.000Z' },
    });
    const after = dashboard(q, ada);
    expect(after.profile).toMatchObject({ name: 'erased candidate', email: '[erased]', stats: { applied: 2 } });
    expect(after.applications.map((a) => a.company)).toEqual(['[erased]', '[erased]']);
  });

  it('given an unknown candidate, then it answers null and lists no applications', async () => {
    const { q } = await givenTheStory();
    expect(dashboard(q, 'nobody')).toEqual({ profile: null, applications: [] });
  });
});
