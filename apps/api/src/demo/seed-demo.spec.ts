import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, login } from '../testing/fixtures';
import { startTestServer, type TestServer } from '../testing/test-server';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { seedDemo } from './seed-demo';

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer();
});
afterAll(() => app.close({ removeData: true }));

describe('the demo seed', () => {
  it('given an empty store, writes the demo agency, its three sign-ins and history; given events, writes nothing', async () => {
    const first = await seedDemo(app.pivotal, { candidates: 12 });
    expect(first.seeded).toBe(true);
    expect(first.events).toBeGreaterThan(100);
    const head = await app.pivotal.store.headPosition();
    expect(await seedDemo(app.pivotal, { candidates: 12 })).toEqual({ seeded: false, events: 0 });
    expect(await app.pivotal.store.headPosition()).toBe(head);

    const [staff, analyst, candidate] = await Promise.all(DEMO_ACCOUNTS.map((a) => login(app, a.email, a.password)));
    const dashboard = dataOf(
      await app.gql<{
        me: { role: string; candidate: { applications: { feedback: { points: { polarity: string }[] }[] }[]; goals: { status: string; fromFeedbackId: string | null }[] } };
      }>('{ me { role candidate { applications { feedback { points { polarity } } } goals(status: OPEN) { status fromFeedbackId } } } }', {}, candidate?.token),
    );
    const points = dashboard.me.candidate.applications.flatMap((a) => a.feedback.flatMap((f) => f.points));
    expect(points.some((p) => p.polarity === 'IMPROVEMENT')).toBe(true);
    expect(dashboard.me.candidate.goals.some((g) => g.fromFeedbackId !== null)).toBe(true);

    const queue = dataOf(await app.gql<{ feedbackQueue: { totalCount: number } }>('{ feedbackQueue { totalCount } }', {}, staff?.token));
    expect(queue.feedbackQueue.totalCount).toBeGreaterThan(0);
    const figures = dataOf(await app.gql<{ analytics: { funnel: { applied: number } } }>('{ analytics { funnel { applied } } }', {}, analyst?.token));
    expect(figures.analytics.funnel.applied).toBeGreaterThan(12);
  }, 120_000);
});
