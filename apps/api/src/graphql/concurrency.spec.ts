import { randomUUID } from 'node:crypto';
import { streams } from '@pivotal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storyUpTo } from '../testing/candidate-story';
import { createAgency, signUpCandidate, type Actor } from '../testing/fixtures';
import { startTestServer, type TestServer } from '../testing/test-server';

let app: TestServer;
let candidate: Actor;
let staff: Actor;

beforeAll(async () => {
  // Ten sign-ups of one email race here: more than the per-email throttle lets through.
  app = await startTestServer({ env: { PIVOTAL_THROTTLE_SIGNUP_EMAIL: '100/15m' } });
  staff = (await createAgency(app, 'RACE')).staff;
  candidate = await signUpCandidate(app, 'max@race.test', 'RACE');
});
afterAll(() => app.close({ removeData: true }));

const codes = (answers: { errors?: { extensions?: { code?: string } }[] }[]) =>
  answers.map((a) => a.errors?.[0]?.extensions?.code ?? 'ok').sort();

describe('concurrent copies of one command', () => {
  it('20 copies of applyForJob with one idempotency key record one application, and all answer it', async () => {
    const idempotencyKey = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        app.gql<{ applyForJob: { id: string } }>(
          'mutation ($input: ApplyInput!) { applyForJob(input: $input) { id company } }',
          { input: { company: 'Dunder Mifflin', role: 'Sales', idempotencyKey } },
          candidate.token,
        ),
      ),
    );
    expect(codes(answers)).toEqual(Array(20).fill('ok'));
    const ids = new Set(answers.map((a) => a.data?.applyForJob.id));
    expect(ids.size).toBe(1);
    const applicationId = String([...ids][0]);
    expect(await app.pivotal.store.readStream(streams.application(applicationId))).toHaveLength(1);
    const mine = await app.gql<{ me: { candidate: { applications: { company: string }[] } } }>(
      '{ me { candidate { applications { company } } } }',
      {},
      candidate.token,
    );
    expect(mine.data?.me.candidate.applications.filter((a) => a.company === 'Dunder Mifflin')).toHaveLength(1);
  });

  it('20 copies of recordFeedback with one idempotency key record one critique', async () => {
    const { applicationId } = await storyUpTo(app, candidate, staff, 'requested');
    const idempotencyKey = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        app.gql<{ recordFeedback: { id: string } }>(
          `mutation ($input: RecordFeedbackInput!) { recordFeedback(input: $input) { id } }`,
          { input: { applicationId, summary: 'once', points: [{ theme: 'OTHER', polarity: 'IMPROVEMENT', note: 'n' }], idempotencyKey } },
          staff.token,
        ),
      ),
    );
    expect(codes(answers)).toEqual(Array(20).fill('ok'));
    expect(new Set(answers.map((a) => a.data?.recordFeedback.id)).size).toBe(1);
    const events = await app.pivotal.store.readStream(streams.application(applicationId));
    expect(events.filter((e) => e.type === 'FeedbackReceived')).toHaveLength(1);
  });

  it('10 concurrent completions of one goal: exactly one succeeds, the rest are CONFLICT', async () => {
    const { goalId } = await storyUpTo(app, candidate, staff, 'goal');
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        app.gql('mutation ($id: ID!) { completeGoal(goalId: $id) { status } }', { id: goalId }, candidate.token),
      ),
    );
    expect(codes(answers)).toEqual([...Array(9).fill('CONFLICT'), 'ok']);
    const events = await app.pivotal.store.readStream(streams.goal(goalId as string));
    expect(events.filter((e) => e.type === 'GoalCompleted')).toHaveLength(1);
  });

  it('10 concurrent sign-ups with one email: exactly one account, the rest are CONFLICT', async () => {
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        app.gql('mutation ($input: SignUpInput!) { signUp(input: $input) { token } }', {
          input: { email: 'Twin@Race.test', password: 'twin-password', name: `Twin ${i}` },
        }),
      ),
    );
    expect(codes(answers)).toEqual([...Array(9).fill('CONFLICT'), 'ok']);
    expect(app.pivotal.services.queries.accountByEmail('twin@race.test')).not.toBeNull();
  });
});
