import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storyUpTo, type Story, type StoryStep } from '../testing/candidate-story';
import { createAgency, login, signUpCandidate, type Actor } from '../testing/fixtures';
import { startTestServer, type TestServer } from '../testing/test-server';

type ActorName = 'anonymous' | 'candidate' | 'otherCandidate' | 'staff' | 'otherStaff' | 'analyst';
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN';
const ACTORS: ActorName[] = ['anonymous', 'candidate', 'otherCandidate', 'staff', 'otherStaff', 'analyst'];

/** One operation: the state it needs (made afresh for every actor), its document and variables, and who may run it. */
interface Row {
  readonly name: string;
  readonly needs?: StoryStep;
  readonly query: string;
  readonly variables?: (story: Story, actor: ActorName) => Record<string, unknown>;
  readonly expected: Record<ActorName, Outcome>;
}

const U = 'UNAUTHENTICATED' as const;
const F = 'FORBIDDEN' as const;
const only = (...allowed: ActorName[]): Record<ActorName, Outcome> =>
  Object.fromEntries(ACTORS.map((a) => [a, allowed.includes(a) ? 'ok' : a === 'anonymous' ? U : F])) as Record<ActorName, Outcome>;
const candidateOnly = only('candidate');

const rows: Row[] = [
  // Queries
  { name: 'me', query: '{ me { id role } }', expected: only('candidate', 'otherCandidate', 'staff', 'otherStaff', 'analyst') },
  {
    name: 'candidate',
    query: 'query ($id: ID!) { candidate(id: $id) { id name email stats { applied } } }',
    variables: () => ({ id: ids.candidate }),
    expected: only('candidate', 'staff'),
  },
  { name: 'candidates', query: '{ candidates { totalCount nodes { id name } } }', expected: only('staff', 'otherStaff') },
  {
    name: 'application',
    needs: 'applied',
    query: 'query ($id: ID!) { application(id: $id) { id company history { type } } }',
    variables: (s) => ({ id: s.applicationId }),
    expected: only('candidate', 'staff'),
  },
  { name: 'feedbackQueue', query: '{ feedbackQueue { totalCount } }', expected: only('staff', 'otherStaff') },
  {
    name: 'feedbackQueue, filtered',
    query: '{ feedbackQueue(filter: { assignee: MINE, waiting: OVER_7D, search: "a" }, sort: LAST_INTERVIEW) { totalCount } }',
    expected: only('staff', 'otherStaff'),
  },
  {
    name: 'feedbackRequest',
    needs: 'requested',
    query: 'query ($id: ID!) { feedbackRequest(applicationId: $id) { applicationId assignee { name } dueAt } }',
    variables: (s) => ({ id: s.applicationId }),
    expected: only('staff'),
  },
  { name: 'feedbackWorkload', query: '{ feedbackWorkload { unassignedRequests staff { openRequests } } }', expected: only('staff', 'otherStaff') },
  { name: 'responseTarget', query: '{ responseTarget { workingDays } }', expected: only('staff', 'otherStaff', 'analyst') },
  {
    name: 'analytics answeredWithinTarget',
    query: '{ analytics { answeredWithinTarget { month share } } }',
    expected: only('staff', 'otherStaff', 'analyst'),
  },
  {
    name: 'myDataExport',
    query: '{ myDataExport { json generatedAt } }',
    expected: only('candidate', 'otherCandidate', 'staff', 'otherStaff', 'analyst'),
  },
  { name: 'analytics', query: '{ analytics { funnel { applied } goalImpact { candidatesWithCompletedGoals } } }', expected: only('staff', 'otherStaff', 'analyst') },
  // Mutations
  {
    name: 'signUp',
    query: 'mutation ($input: SignUpInput!) { signUp(input: $input) { token } }',
    variables: () => ({ input: { email: `${randomUUID()}@new.test`, password: 'new-password', name: 'New' } }),
    expected: only(...ACTORS),
  },
  {
    name: 'login',
    query: 'mutation { login(email: "lee@auth.test", password: "candidate-password") { token } }',
    expected: only(...ACTORS),
  },
  {
    name: 'applyForJob',
    query: 'mutation { applyForJob(input: { company: "Hooli", role: "PM" }) { id } }',
    expected: only('candidate', 'otherCandidate'),
  },
  {
    name: 'scheduleInterview',
    needs: 'applied',
    query: 'mutation ($id: ID!, $at: DateTime!) { scheduleInterview(input: { applicationId: $id, scheduledFor: $at, stage: "Final" }) { id } }',
    variables: (s) => ({ id: s.applicationId, at: new Date(Date.now() + 7 * 86_400_000).toISOString() }),
    expected: candidateOnly,
  },
  {
    name: 'recordInterview',
    needs: 'applied',
    query: 'mutation ($id: ID!) { recordInterview(input: { applicationId: $id, stage: "Phone" }) { id } }',
    variables: (s) => ({ id: s.applicationId }),
    expected: candidateOnly,
  },
  {
    name: 'recordRejection',
    needs: 'applied',
    query: 'mutation ($id: ID!) { recordRejection(input: { applicationId: $id }) { id } }',
    variables: (s) => ({ id: s.applicationId }),
    expected: candidateOnly,
  },
  {
    name: 'recordOffer',
    needs: 'applied',
    query: 'mutation ($id: ID!) { recordOffer(applicationId: $id) { id } }',
    variables: (s) => ({ id: s.applicationId }),
    expected: candidateOnly,
  },
  {
    name: 'withdrawApplication',
    needs: 'applied',
    query: 'mutation ($id: ID!) { withdrawApplication(applicationId: $id) { id } }',
    variables: (s) => ({ id: s.applicationId }),
    expected: candidateOnly,
  },
  {
    name: 'requestFeedback',
    needs: 'interviewed',
    query: 'mutation ($id: ID!) { requestFeedback(applicationId: $id) { id } }',
    variables: (s) => ({ id: s.applicationId }),
    expected: candidateOnly,
  },
  {
    name: 'recordFeedback',
    needs: 'requested',
    query: `mutation ($id: ID!) { recordFeedback(input: { applicationId: $id, summary: "ok",
      points: [{ theme: OTHER, polarity: STRENGTH, note: "fine" }] }) { id } }`,
    variables: (s) => ({ id: s.applicationId }),
    expected: only('staff'),
  },
  {
    name: 'declineFeedback',
    needs: 'requested',
    query: 'mutation ($id: ID!) { declineFeedback(applicationId: $id, reason: "employer silent") { id } }',
    variables: (s) => ({ id: s.applicationId }),
    expected: only('staff'),
  },
  {
    name: 'assignFeedbackRequest (to oneself)',
    needs: 'requested',
    query: 'mutation ($input: AssignFeedbackRequestInput!) { assignFeedbackRequest(input: $input) { assigneeId } }',
    variables: (s, actor) => ({ input: { applicationId: s.applicationId, assigneeId: actors[actor]?.id ?? 'nobody' } }),
    expected: only('staff'),
  },
  {
    name: 'assignFeedbackRequest (to the staff of the candidate agency)',
    needs: 'requested',
    query: 'mutation ($input: AssignFeedbackRequestInput!) { assignFeedbackRequest(input: $input) { assigneeId } }',
    variables: (s) => ({ input: { applicationId: s.applicationId, assigneeId: actors.staff?.id } }),
    expected: only('staff'),
  },
  {
    name: 'unassignFeedbackRequest',
    needs: 'assigned',
    query: 'mutation ($id: ID!, $holder: ID!) { unassignFeedbackRequest(applicationId: $id, expectedAssigneeId: $holder) { assigneeId } }',
    variables: (s) => ({ id: s.applicationId, holder: actors.staff?.id }),
    expected: only('staff'),
  },
  {
    name: 'setResponseTarget',
    query: 'mutation { setResponseTarget(workingDays: 5) { workingDays } }',
    expected: only('staff', 'otherStaff'),
  },
  {
    name: 'setGoal',
    needs: 'feedback',
    query: 'mutation ($id: ID!) { setGoal(input: { feedbackId: $id, pointIndex: 1, title: "Practise" }) { id } }',
    variables: (s) => ({ id: s.feedbackId }),
    expected: candidateOnly,
  },
  {
    name: 'completeGoal',
    needs: 'goal',
    query: 'mutation ($id: ID!) { completeGoal(goalId: $id) { id } }',
    variables: (s) => ({ id: s.goalId }),
    expected: candidateOnly,
  },
  {
    name: 'abandonGoal',
    needs: 'goal',
    query: 'mutation ($id: ID!) { abandonGoal(goalId: $id) { id } }',
    variables: (s) => ({ id: s.goalId }),
    expected: candidateOnly,
  },
];

const subscriptions: Omit<Row, 'needs' | 'variables'>[] = [
  { name: 'feedbackReceived', query: 'subscription { feedbackReceived { id } }', expected: only('candidate', 'otherCandidate') },
  {
    name: 'feedbackQueueChanged',
    query: 'subscription { feedbackQueueChanged { totalCount } }',
    expected: only('staff', 'otherStaff'),
  },
  {
    name: 'feedbackQueueChanged, filtered',
    query: 'subscription { feedbackQueueChanged(filter: { assignee: MINE }, sort: LAST_INTERVIEW) { totalCount } }',
    expected: only('staff', 'otherStaff'),
  },
];

let app: TestServer;
const actors = {} as Record<ActorName, Actor | null>;
const ids = { candidate: '' };

beforeAll(async () => {
  app = await startTestServer();
  const a = await createAgency(app, 'AUTHA');
  const b = await createAgency(app, 'AUTHB');
  const candidate = await signUpCandidate(app, 'lee@auth.test', 'AUTHA');
  ids.candidate = candidate.id;
  Object.assign(actors, {
    anonymous: null,
    candidate: await login(app, 'lee@auth.test', 'candidate-password'),
    otherCandidate: await signUpCandidate(app, 'kim@auth.test', 'AUTHA'),
    staff: a.staff,
    otherStaff: b.staff,
    analyst: a.analyst,
  });
}, 120_000);
afterAll(() => app.close({ removeData: true }));

const outcomeOf = (answer: { errors?: { extensions?: { code?: string } }[] }): string =>
  answer.errors?.[0]?.extensions?.code ?? 'ok';

describe('who may run which operation', () => {
  it.each(rows)('$name', async (row) => {
    const seen: Partial<Record<ActorName, string>> = {};
    for (const actor of ACTORS) {
      const story = row.needs ? await storyUpTo(app, actors.candidate as Actor, actors.staff as Actor, row.needs) : { applicationId: '' };
      const answer = await app.gql(row.query, row.variables?.(story, actor), actors[actor]?.token);
      seen[actor] = outcomeOf(answer);
    }
    expect(seen).toEqual(row.expected);
  });

  it.each(subscriptions)('subscription $name', async (row) => {
    const seen: Partial<Record<ActorName, string>> = {};
    for (const actor of ACTORS) {
      const client = app.wsClient(actors[actor]?.token);
      seen[actor] = await new Promise<string>((resolve) => {
        // Refusals arrive at once; a subscription allowed stays open and silent until something happens.
        const timer = setTimeout(() => resolve('ok'), 400);
        client.subscribe(
          { query: row.query },
          {
            next: (message) => {
              clearTimeout(timer);
              resolve(String((message.errors?.[0] as { extensions?: { code?: string } } | undefined)?.extensions?.code ?? 'ok'));
            },
            error: (error) => {
              clearTimeout(timer);
              const code = Array.isArray(error) ? (error[0] as { extensions?: { code?: string } }).extensions?.code : undefined;
              resolve(code ?? `error ${String(error)}`);
            },
            complete: () => undefined,
          },
        );
      });
      await client.dispose();
    }
    expect(seen).toEqual(row.expected);
  });

  // Erasures cannot be undone: each actor erases a candidate made for it, and the candidates' own
  // erasures run last of all (they end the candidate actors).
  it('eraseCandidate', async () => {
    const seen: Partial<Record<ActorName, string>> = {};
    for (const actor of ACTORS) {
      const subject = await signUpCandidate(app, `${randomUUID()}@auth.test`, 'AUTHA');
      const answer = await app.gql(
        'mutation ($id: ID!) { eraseCandidate(candidateId: $id, reason: "asked by letter") }',
        { id: subject.id },
        actors[actor]?.token,
      );
      seen[actor] = outcomeOf(answer);
    }
    expect(seen).toEqual(only('staff'));
  });

  it('never shows an analyst a candidate, by any path', async () => {
    const answer = await app.gql<{ me: { candidate: unknown } }>('{ me { candidate { name } } }', {}, actors.analyst?.token);
    expect(answer.data?.me.candidate).toBeNull();
  });

  it('eraseMyAccount (last: it erases the candidate actors)', async () => {
    const seen: Partial<Record<ActorName, string>> = {};
    for (const actor of ACTORS) {
      const answer = await app.gql('mutation { eraseMyAccount(password: "candidate-password") }', {}, actors[actor]?.token);
      seen[actor] = outcomeOf(answer);
    }
    expect(seen).toEqual(only('candidate', 'otherCandidate'));
  });
});
