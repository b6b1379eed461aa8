import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storyUpTo } from '../testing/candidate-story';
import { createAgency, dataOf, signUpCandidate } from '../testing/fixtures';
import { startTestServer, type TestServer } from '../testing/test-server';

const GOAL_IMPACT = `query ($range: DateRange) { analytics {
  goalImpact(range: $range) { candidatesWithCompletedGoals offerRateBeforeGoals }
  funnel(range: $range) { applied } } }`;
type Answer = { analytics: { goalImpact: { candidatesWithCompletedGoals: number; offerRateBeforeGoals: number | null }; funnel: { applied: number } } };

let app: TestServer;
let agency: Awaited<ReturnType<typeof createAgency>>;

beforeAll(async () => {
  app = await startTestServer();
  agency = await createAgency(app, 'IMPACT');
  const candidate = await signUpCandidate(app, 'ida@impact.test', 'IMPACT');
  const story = await storyUpTo(app, candidate, agency.staff, 'goal');
  dataOf(await app.gql(`mutation ($id: ID!) { completeGoal(goalId: $id) { id } }`, { id: story.goalId }, candidate.token));
});
afterAll(() => app.close({ removeData: true }));

const impact = async (range: { from?: string; to?: string } | null) =>
  dataOf(await app.gql<Answer>(GOAL_IMPACT, { range }, agency.analyst.token)).analytics;

describe('goal impact over a date range, like the other analytics', () => {
  it('counts all time when no range is given', async () => {
    expect((await impact(null)).goalImpact).toEqual({ candidatesWithCompletedGoals: 1, offerRateBeforeGoals: 0 });
  });

  it('counts nothing over a range before anything happened, as the funnel does', async () => {
    const past = await impact({ from: '2001-01-01T00:00:00Z', to: '2002-01-01T00:00:00Z' });
    expect(past.funnel.applied).toBe(0);
    expect(past.goalImpact).toEqual({ candidatesWithCompletedGoals: 0, offerRateBeforeGoals: null });
  });

  it('refuses a range that ends before it starts', async () => {
    const answer = await app.gql(GOAL_IMPACT, { range: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } }, agency.analyst.token);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'range' });
  });
});
