import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency, dataOf, signUpCandidate, type Actor } from '../testing/fixtures';
import { startTestServer, type TestServer } from '../testing/test-server';

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

const DASHBOARD = `{
  me { candidate { id name stats { applied interviewed rejected offers feedbackReceived goalsCompleted streakWeeks }
    applications { id status feedbackStatus company interviews { stage selfRating } feedback { id points { index polarity } } }
    goals { id status title fromFeedbackId } } } }`;
const ANALYTICS = `{ analytics { funnel { applied interviewed rejected feedbackRequested feedbackReceived }
  timeToFeedback { count p50Hours buckets { upToHours count } } feedbackThemes { theme polarity count }
  goalImpact { candidatesWithCompletedGoals } } }`;

let app: TestServer;
let agency: Awaited<ReturnType<typeof createAgency>>;
let candidate: Actor;

beforeAll(async () => {
  app = await startTestServer();
  agency = await createAgency(app, 'LOOP');
  candidate = await signUpCandidate(app, 'casey@loop.test', 'LOOP');
});
afterAll(() => app.close({ removeData: true }));

describe('the whole feedback loop, over HTTP and websockets', () => {
  it('from an application to a completed goal, with the candidate notified live and the figures following', async () => {
    const before = dataOf(await app.gql<{ analytics: { funnel: Record<string, number> } }>(ANALYTICS, {}, agency.analyst.token));

    const applied = dataOf(
      await app.gql<{ applyForJob: { id: string; status: string } }>(
        `mutation ($input: ApplyInput!) { applyForJob(input: $input) { id status } }`,
        { input: { company: 'Acme', role: 'Analyst', appliedAt: ago(20) } },
        candidate.token,
      ),
    ).applyForJob;
    expect(applied.status).toBe('APPLIED');
    const applicationId = applied.id;

    const scheduled = dataOf(
      await app.gql<{ scheduleInterview: { status: string; interviews: { id: string }[] } }>(
        `mutation ($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { status interviews { id } } }`,
        { input: { applicationId, scheduledFor: ago(10), stage: 'Phone screen' } },
        candidate.token,
      ),
    ).scheduleInterview;
    expect(scheduled.interviews).toHaveLength(1);

    const interviewed = dataOf(
      await app.gql<{ recordInterview: { status: string; interviews: { occurredAt: string; selfRating: number }[] } }>(
        `mutation ($input: RecordInterviewInput!) { recordInterview(input: $input) { status interviews { occurredAt selfRating } } }`,
        { input: { applicationId, interviewId: scheduled.interviews[0]?.id, occurredAt: ago(10), selfRating: 4, notes: 'ok' } },
        candidate.token,
      ),
    ).recordInterview;
    expect(interviewed.interviews).toEqual([{ occurredAt: expect.any(String), selfRating: 4 }]);
    expect(interviewed.status).toBe('INTERVIEWING');

    const rejected = dataOf(
      await app.gql<{ recordRejection: { status: string; rejectedAt: string } }>(
        `mutation ($input: RejectInput!) { recordRejection(input: $input) { status rejectedAt } }`,
        { input: { applicationId, rejectedAt: ago(5), reason: 'experience' } },
        candidate.token,
      ),
    ).recordRejection;
    expect(rejected.status).toBe('REJECTED');

    // Staff of the agency follow their queue live.
    const staffWs = app.wsClient(agency.staff.token);
    const queueChanged = new Promise<string[]>((resolve, reject) => {
      staffWs.subscribe<{ feedbackQueueChanged: { nodes: { application: { id: string } }[] } }>(
        { query: 'subscription { feedbackQueueChanged { totalCount nodes { application { id } candidate { name } } } }' },
        {
          next: (message) =>
            message.data ? resolve(message.data.feedbackQueueChanged.nodes.map((n) => n.application.id)) : reject(new Error(JSON.stringify(message))),
          error: reject,
          complete: () => undefined,
        },
      );
    });
    await new Promise((resolve) => setTimeout(resolve, 200));

    const requested = dataOf(
      await app.gql<{ requestFeedback: { feedbackStatus: string } }>(
        `mutation ($id: ID!) { requestFeedback(applicationId: $id) { feedbackStatus } }`,
        { id: applicationId },
        candidate.token,
      ),
    ).requestFeedback;
    expect(requested.feedbackStatus).toBe('REQUESTED');
    expect(await queueChanged).toContain(applicationId);
    await staffWs.dispose();

    const queue = dataOf(
      await app.gql<{ feedbackQueue: { totalCount: number; nodes: { application: { id: string }; candidate: { name: string } }[] } }>(
        `{ feedbackQueue { totalCount nodes { application { id } candidate { name } waitingHours } } }`,
        {},
        agency.staff.token,
      ),
    ).feedbackQueue;
    expect(queue.nodes.map((n) => n.application.id)).toContain(applicationId);

    // The candidate listens over graphql-ws before staff record the feedback.
    const ws = app.wsClient(candidate.token);
    const notified = new Promise<{ applicationId: string; points: { note: string }[] }>((resolve, reject) => {
      ws.subscribe<{ feedbackReceived: { applicationId: string; points: { note: string }[] } }>(
        { query: 'subscription { feedbackReceived { applicationId summary points { index note } } }' },
        { next: (message) => (message.data ? resolve(message.data.feedbackReceived) : reject(new Error(JSON.stringify(message)))), error: reject, complete: () => undefined },
      );
    });
    await new Promise((resolve) => setTimeout(resolve, 200));

    const feedback = dataOf(
      await app.gql<{ recordFeedback: { id: string; points: { index: number; polarity: string }[] } }>(
        `mutation ($input: RecordFeedbackInput!) { recordFeedback(input: $input) { id points { index polarity } } }`,
        {
          input: {
            applicationId,
            summary: 'Good technically, unprepared for the business case.',
            recommendation: 'MIXED',
            points: [
              { theme: 'TECHNICAL_SKILLS', polarity: 'STRENGTH', note: 'solid SQL' },
              { theme: 'PREPARATION', polarity: 'IMPROVEMENT', note: 'research the company' },
            ],
          },
        },
        agency.staff.token,
      ),
    ).recordFeedback;
    const message = await notified;
    expect(message.applicationId).toBe(applicationId);
    expect(message.points.map((p) => p.note)).toEqual(['solid SQL', 'research the company']);
    await ws.dispose();

    const goal = dataOf(
      await app.gql<{ setGoal: { id: string; status: string; theme: string; fromFeedbackId: string } }>(
        `mutation ($input: SetGoalInput!) { setGoal(input: $input) { id status theme fromFeedbackId } }`,
        { input: { feedbackId: feedback.id, pointIndex: 1, title: 'Read the annual report before each interview' } },
        candidate.token,
      ),
    ).setGoal;
    expect(goal).toMatchObject({ status: 'OPEN', theme: 'PREPARATION', fromFeedbackId: feedback.id });

    const completed = dataOf(
      await app.gql<{ completeGoal: { status: string; completedAt: string } }>(
        `mutation ($id: ID!) { completeGoal(goalId: $id, reflection: "done three times") { status completedAt } }`,
        { id: goal.id },
        candidate.token,
      ),
    ).completeGoal;
    expect(completed.status).toBe('COMPLETED');

    const dashboard = dataOf(await app.gql<{ me: { candidate: { stats: Record<string, number>; goals: { status: string }[] } } }>(DASHBOARD, {}, candidate.token));
    expect(dashboard.me.candidate.stats).toMatchObject({ applied: 1, interviewed: 1, rejected: 1, feedbackReceived: 1, goalsCompleted: 1 });
    expect(dashboard.me.candidate.goals).toEqual([expect.objectContaining({ status: 'COMPLETED' })]);

    const after = dataOf(await app.gql<{ analytics: { funnel: Record<string, number>; timeToFeedback: { count: number } } }>(ANALYTICS, {}, agency.analyst.token));
    expect(after.analytics.funnel.applied).toBe((before.analytics.funnel.applied ?? 0) + 1);
    expect(after.analytics.funnel.feedbackReceived).toBe((before.analytics.funnel.feedbackReceived ?? 0) + 1);
    expect(after.analytics.timeToFeedback.count).toBe(1);

    const history = dataOf(
      await app.gql<{ application: { history: { type: string; position: string }[] } }>(
        `query ($id: ID!) { application(id: $id) { history { type position occurredAt data } } }`,
        { id: applicationId },
        candidate.token,
      ),
    ).application.history;
    expect(history.map((e) => e.type)).toEqual([
      'JobApplied',
      'InterviewScheduled',
      'Interviewed',
      'ApplicationRejected',
      'FeedbackRequested',
      'FeedbackReceived',
    ]);
  });
});
