import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, print, type DocumentNode } from 'graphql';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateHistory } from '@pivotal/demo-data';
import { createMemoryEventStore } from '@pivotal/event-store';
import { createProjectionRunner, createReadModelQueries, MAX_PAGE_SIZE, openReadModelDb, pivotalProjections } from '@pivotal/projections';
import { startBareServer, type BareServer } from './graphql-bare-server';
import { histogramBuckets, histogramQuantileMs, summarize } from './graphql-figures';
import { post } from './graphql-load';
import { applyForJobMutation, dashboardQuery, logInMutation } from './graphql-operations';
import { analyticsRequests, candidatesQuery, feedbackQueueQuery, feedbackThemesQuery, funnelQuery, goalImpactQuery, staffListRequests, timeToFeedbackQuery } from './graphql-admin-operations';
import { phaseFigures, readPhaseFields, sameAnswer } from './graphql-read-figures';

// The client's sources are written for the browser (DOM types, Vite imports) that this project's
// type check leaves out: load it by a name the type checker does not follow; vitest resolves it.
const clientPackage: string = '@pivotal/client';

describe('the operations the GraphQL benchmark sends', () => {
  it('are the web app operations of @pivotal/client, to the letter', async () => {
    const { ApplyForJobMutation, DashboardQuery, LogInMutation } = (await import(clientPackage)) as Record<string, DocumentNode>;
    expect(print(parse(dashboardQuery))).toBe(print(DashboardQuery as DocumentNode));
    expect(print(parse(applyForJobMutation))).toBe(print(ApplyForJobMutation as DocumentNode));
    expect(print(parse(logInMutation))).toBe(print(LogInMutation as DocumentNode));
  });

  it('are the admin app operations of @pivotal/client for the staff lists and the analytics panels, to the letter', async () => {
    const client = (await import(clientPackage)) as Record<string, DocumentNode>;
    const pairs = [
      [feedbackQueueQuery, 'FeedbackQueueQuery'],
      [candidatesQuery, 'CandidatesQuery'],
      [funnelQuery, 'FunnelQuery'],
      [timeToFeedbackQuery, 'TimeToFeedbackQuery'],
      [feedbackThemesQuery, 'FeedbackThemesQuery'],
      [goalImpactQuery, 'GoalImpactQuery'],
    ] as const;
    for (const [text, name] of pairs) expect(print(parse(text)), name).toBe(print(client[name] as DocumentNode));
  });
});

const secret = new TextEncoder().encode('a-secret-of-the-bench-spec-that-is-long-enough');
const tokenFor = (candidateId: string, role = 'CANDIDATE') =>
  new SignJWT({ email: `${candidateId}@bench.test`, role, agencyId: 'agency-1' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(candidateId)
    .setIssuer('pivotal')
    .setExpirationTime('1h')
    .sign(secret);

describe('the bare graphql-js server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pivotal-bench-bare-'));
  const file = join(dir, 'read-models.sqlite');
  let bare: BareServer;
  let candidateId: string;

  beforeAll(async () => {
    // A generated agency projected into a read-model file, as the api would have it.
    const store = createMemoryEventStore();
    const db = openReadModelDb(file);
    const runner = createProjectionRunner({ store, db, projections: [...pivotalProjections] });
    await runner.start();
    let head = -1n;
    const now = '2026-11-25T12:00:00.000Z';
    for (const batch of generateHistory({ seed: 5, now, agencyId: 'agency-1', candidates: 4, agency: { name: 'Bench', joinCode: 'BENCH' } })) {
      ({ position: head } = await store.append(batch.streamId, batch.events, batch.expected));
    }
    await runner.waitForPosition(head, 10_000);
    await runner.stop();
    const page = createReadModelQueries(db).candidatesOfAgency({ agencyId: 'agency-1', first: MAX_PAGE_SIZE, now });
    candidateId = page.nodes[0]?.id ?? '';
    db.close();
    bare = await startBareServer({ readModelsFile: file, jwtSecret: secret });
  }, 60_000);
  afterAll(async () => {
    await bare?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers the dashboard of the signed-in candidate from the read-model file', async () => {
    const answer = await post<{ me: { id: string; candidate: { id: string; applications: { candidateId: string }[]; stats: { applied: number } } } }>(
      bare.url,
      dashboardQuery,
      {},
      await tokenFor(candidateId),
    );
    expect(answer.errors).toBeUndefined();
    const candidate = answer.data?.me.candidate;
    expect(candidate?.id).toBe(candidateId);
    expect(candidate?.applications.length).toBeGreaterThan(0);
    expect(candidate?.applications.length).toBe(candidate?.stats.applied);
    expect(candidate?.applications.every((application) => application.candidateId === candidateId)).toBe(true);
  });

  it('answers the staff queue and the candidates list of the staff member agency, 50 per page, from the read-model file', async () => {
    const staff = await tokenFor('staff-1', 'STAFF');
    const [queueRequest, candidatesRequest] = staffListRequests;
    const queue = await post<{ feedbackQueue: { totalCount: number; nodes: { candidate: { id: string; name: string }; application: { id: string; interviews: unknown[] } }[] } }>(
      bare.url,
      queueRequest!.query,
      queueRequest!.variables,
      staff,
    );
    expect(queue.errors).toBeUndefined();
    const db = openReadModelDb(file);
    const now = new Date();
    const expected = createReadModelQueries(db).feedbackQueue({ agencyId: 'agency-1', first: 50, now });
    db.close();
    expect(queue.data?.feedbackQueue.totalCount).toBe(expected.totalCount);
    expect(queue.data?.feedbackQueue.nodes.map((node) => node.application.id)).toEqual(expected.nodes.map((item) => item.applicationId));
    expect(queue.data?.feedbackQueue.nodes.every((node) => node.candidate.name.length > 0)).toBe(true);
    const candidates = await post<{ candidates: { totalCount: number; nodes: { id: string; stats: { applied: number } }[] } }>(
      bare.url,
      candidatesRequest!.query,
      candidatesRequest!.variables,
      staff,
    );
    expect(candidates.errors).toBeUndefined();
    expect(candidates.data?.candidates.totalCount).toBe(4);
    expect(candidates.data?.candidates.nodes.map((node) => node.id)).toContain(candidateId);
  });

  it('answers the analytics panels to an analyst, and refuses candidates the lists and analysts the names', async () => {
    const analyst = await tokenFor('analyst-1', 'ANALYST');
    for (const request of analyticsRequests) {
      const answer = await post<{ analytics: Record<string, unknown> }>(bare.url, request.query, request.variables, analyst);
      expect(answer.errors, request.operationName).toBeUndefined();
      expect(Object.keys(answer.data?.analytics ?? {})).toHaveLength(1);
    }
    const funnel = await post<{ analytics: { funnel: { applied: number } } }>(bare.url, funnelQuery, { range: {} }, analyst);
    expect(funnel.data?.analytics.funnel.applied).toBeGreaterThan(0);
    const namesToAnalyst = await post(bare.url, candidatesQuery, { first: 50 }, analyst);
    expect(namesToAnalyst.errors?.[0]?.message).toBe('not allowed for analyst accounts');
    const queueToCandidate = await post(bare.url, feedbackQueueQuery, { first: 50 }, await tokenFor(candidateId));
    expect(queueToCandidate.errors?.[0]?.message).toBe('not allowed for candidate accounts');
  });

  it('refuses a request without a valid token, and a query that does not validate', async () => {
    const anonymous = await post(bare.url, dashboardQuery);
    expect(anonymous.data).toBeNull();
    expect(anonymous.errors?.[0]?.message).toBe('sign in first');
    const invalid = await post(bare.url, '{ me { salary } }', {}, await tokenFor(candidateId));
    expect(invalid.errors?.[0]?.message).toMatch(/salary/);
  });
});

describe('the live lag read from the api histogram', () => {
  const scrape = (counts: readonly number[]) =>
    ['0.005', '0.01', '0.02', '0.05', '+Inf']
      .map((le, i) => `pivotal_read_your_writes_wait_seconds_bucket{le="${le}"} ${counts[i]}`)
      .join('\n');

  it('given the buckets before and after a phase, when the p99 is taken, then it is the upper bound of the bucket holding it, counting only the phase', () => {
    const before = histogramBuckets(scrape([50, 50, 50, 50, 50]), 'pivotal_read_your_writes_wait_seconds');
    const after = histogramBuckets(scrape([60, 160, 249, 250, 250]), 'pivotal_read_your_writes_wait_seconds');
    expect(histogramQuantileMs(before, after, 0.99)).toBe(20);
    expect(histogramQuantileMs(before, after, 0.5)).toBe(10);
  });

  it('given nothing observed in the phase, when the p99 is taken, then it is NaN', () => {
    const same = histogramBuckets(scrape([1, 2, 3, 4, 4]), 'pivotal_read_your_writes_wait_seconds');
    expect(histogramQuantileMs(same, same, 0.99)).toBeNaN();
  });
});

describe('comparing two servers answers', () => {
  it('holds answers the same when only the hours measured to now differ, by under a hundredth of an hour', () => {
    const at = (waitingHours: number) => ({ data: { feedbackQueue: { nodes: [{ waitingHours, hoursUntilDue: null, company: 'Acme' }] } } });
    expect(sameAnswer(at(10.001), at(10.004))).toBe(true);
    expect(sameAnswer(at(10), at(10.5))).toBe(false);
  });

  it('holds any other difference a difference: a value, a missing row, another order of fields', () => {
    expect(sameAnswer({ a: { count: 1 } }, { a: { count: 2 } })).toBe(false);
    expect(sameAnswer({ nodes: [1, 2] }, { nodes: [1] })).toBe(false);
    expect(sameAnswer({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(sameAnswer({ count: 1 }, { count: 1, errors: [] })).toBe(false);
    expect(sameAnswer({ waitingHours: '1' }, { waitingHours: '1.001' })).toBe(false);
  });
});

describe('the read phases figures', () => {
  const round = (perSec: number, cpuMsPerAnswer: number | null) => ({ perSec, p50Ms: 1, p99Ms: 2, answered: perSec, non2xx: 0, failed: 0, graphqlErrors: 0, cpuMsPerAnswer });

  it('are the ratios of the medians: req/s of the api over the bare server, and CPU ms per answer of the bare server over the api', () => {
    const figures = phaseFigures([round(900, 1.2), round(1100, 0.8), round(1000, 1)], [round(500, 2), round(700, 2.2)]);
    expect(figures).toEqual({ perSec: 1000, barePerSec: 600, ratio: 1.67, cpuMsPerAnswer: 1, bareCpuMsPerAnswer: 2.1, cpuRatio: 2.1 });
  });

  it('name each phase in the JSON line', () => {
    const staff = phaseFigures([round(400, 2)], [round(800, 1)]);
    const analytics = phaseFigures([round(300, 1)], [round(300, 1)]);
    const fields = readPhaseFields(staff, analytics, phaseFigures([round(100, 4)], [round(200, 2)]));
    expect(fields).toMatchObject({ staffListRatio: 0.5, staffListCpuRatio: 0.5, analyticsRatio: 1, analyticsCpuRatio: 1, uncachedReadCpuRatio: 0.5 });
  });
});

describe('the summary line', () => {
  const round = (perSec: number, p99Ms: number) => ({ perSec, p50Ms: p99Ms / 2, p99Ms, answered: perSec, non2xx: 0, failed: 0, graphqlErrors: 0, cpuMsPerAnswer: null });

  it('takes medians over the rounds and the ratio of the medians', () => {
    const summary = summarize(
      { what: 'api', rounds: [round(300, 40), round(500, 20), round(400, 30)] },
      { what: 'bare', rounds: [round(800, 10), round(600, 12)] },
      { what: 'writes', rounds: [round(100, 45)] },
      { what: 'api, no cache', rounds: [round(350, 60), round(450, 50)] },
    );
    expect(summary).toEqual({
      bench: 'graphql',
      readPerSec: 400,
      barePerSec: 700,
      readRatio: 0.57,
      readP99Ms: 30,
      writePerSec: 100,
      writesPerSec: 100,
      writeP99Ms: 45,
      uncachedReadPerSec: 400,
      uncachedReadRatio: 0.57,
      uncachedReadP99Ms: 55,
    });
  });
});
