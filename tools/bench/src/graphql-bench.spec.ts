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
});

const secret = new TextEncoder().encode('a-secret-of-the-bench-spec-that-is-long-enough');
const tokenFor = (candidateId: string) =>
  new SignJWT({ email: `${candidateId}@bench.test`, role: 'CANDIDATE', agencyId: 'agency-1' })
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
