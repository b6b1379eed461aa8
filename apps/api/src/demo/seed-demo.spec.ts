import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, login } from '../testing/fixtures';
import { startTestServer, type TestServer } from '../testing/test-server';
import { DEMO_ACCOUNTS, DEMO_COLLEAGUES } from './demo-accounts';
import { seedDemo } from './seed-demo';

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer();
});
afterAll(() => app.close({ removeData: true }));

describe('the demo seed', () => {
  it('given an empty store, writes the demo agency, its sign-ins, a team sharing the queue and history; given events, writes nothing', async () => {
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

    // A team shares the queue: four staff who can sign in, a 5-working-day promise, most requests answered within it.
    const colleagues = await Promise.all(DEMO_COLLEAGUES.map((a) => login(app, a.email, a.password)));
    const team = dataOf(
      await app.gql<{
        responseTarget: { workingDays: number };
        feedbackWorkload: { staff: { staffMember: { name: string } }[] };
        analytics: { answeredWithinTarget: { requests: number; withinTarget: number }[] };
      }>(
        '{ responseTarget { workingDays } feedbackWorkload { staff { staffMember { name } } } analytics { answeredWithinTarget { requests withinTarget } } }',
        {},
        colleagues[0]?.token,
      ),
    );
    expect(team.responseTarget.workingDays).toBe(5);
    expect(team.feedbackWorkload.staff.map((s) => s.staffMember.name).sort()).toEqual(['Lena Fischer', 'Priya Patel', 'Sam Staff', 'Tom Okafor']);
    const measured = team.analytics.answeredWithinTarget.reduce((sum, m) => sum + m.requests, 0);
    const within = team.analytics.answeredWithinTarget.reduce((sum, m) => sum + m.withinTarget, 0);
    expect(within / measured).toBeGreaterThan(0.6);
  }, 120_000);
});
