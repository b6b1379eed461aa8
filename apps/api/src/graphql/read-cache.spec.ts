import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency, dataOf, signUpCandidate, type Actor } from '../testing/fixtures';
import { startTestServer, type TestServer } from '../testing/test-server';

// The web app's dashboard: what the candidate read cache keeps between requests.
const DASHBOARD = `{ me { candidate { stats { applied rejected feedbackReceived }
  applications { id status feedbackStatus } } } }`;

interface Dashboard {
  me: { candidate: { stats: { applied: number; rejected: number; feedbackReceived: number }; applications: { id: string; status: string; feedbackStatus: string }[] } };
}

let app: TestServer;
let agency: Awaited<ReturnType<typeof createAgency>>;
let candidate: Actor;
let other: Actor;

beforeAll(async () => {
  app = await startTestServer();
  agency = await createAgency(app, 'CACHE');
  candidate = await signUpCandidate(app, 'cleo@cache.test', 'CACHE');
  other = await signUpCandidate(app, 'omar@cache.test', 'CACHE');
});
afterAll(() => app.close({ removeData: true }));

const dashboardOf = async (actor: Actor) => dataOf(await app.gql<Dashboard>(DASHBOARD, {}, actor.token)).me.candidate;
const mutate = async <D>(query: string, variables: Record<string, unknown>, actor: Actor): Promise<D> =>
  dataOf(await app.gql<D>(query, variables, actor.token));

describe('the dashboard through the candidate read cache', () => {
  it('given a dashboard read (and kept), when the candidate or staff change its data, then the very next read shows each change', async () => {
    expect(await dashboardOf(candidate)).toEqual({ stats: { applied: 0, rejected: 0, feedbackReceived: 0 }, applications: [] });
    await dashboardOf(other);

    const { applyForJob } = await mutate<{ applyForJob: { id: string } }>(
      'mutation ($input: ApplyInput!) { applyForJob(input: $input) { id } }',
      { input: { company: 'Acme', role: 'Analyst' } },
      candidate,
    );
    const applicationId = applyForJob.id;
    expect(await dashboardOf(candidate)).toEqual({
      stats: { applied: 1, rejected: 0, feedbackReceived: 0 },
      applications: [{ id: applicationId, status: 'APPLIED', feedbackStatus: 'NONE' }],
    });

    // An event that names only the application (not the candidate) drops the candidate too.
    await mutate('mutation ($input: RejectInput!) { recordRejection(input: $input) { id } }', { input: { applicationId } }, candidate);
    await mutate('mutation ($id: ID!) { requestFeedback(applicationId: $id) { id } }', { id: applicationId }, candidate);
    expect((await dashboardOf(candidate)).applications).toEqual([{ id: applicationId, status: 'REJECTED', feedbackStatus: 'REQUESTED' }]);

    // Another account's command on the candidate's data.
    await mutate(
      'mutation ($input: RecordFeedbackInput!) { recordFeedback(input: $input) { id } }',
      { input: { applicationId, summary: 'Clear answers.', points: [{ theme: 'COMMUNICATION', polarity: 'STRENGTH', note: 'clear' }] } },
      agency.staff,
    );
    expect(await dashboardOf(candidate)).toEqual({
      stats: { applied: 1, rejected: 1, feedbackReceived: 1 },
      applications: [{ id: applicationId, status: 'REJECTED', feedbackStatus: 'RECEIVED' }],
    });

    // Nothing of the other candidate's changed, and their answer stays theirs.
    expect(await dashboardOf(other)).toEqual({ stats: { applied: 0, rejected: 0, feedbackReceived: 0 }, applications: [] });
  });
});
