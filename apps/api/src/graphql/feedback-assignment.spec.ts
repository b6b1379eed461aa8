import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storyUpTo } from '../testing/candidate-story';
import { createAgency, dataOf, login, signUpCandidate, type Actor } from '../testing/fixtures';
import { startTestServer, type TestServer } from '../testing/test-server';

const ASSIGN = `mutation ($input: AssignFeedbackRequestInput!) {
  assignFeedbackRequest(input: $input) { applicationId assigneeId assignee { id name } assignedAt } }`;
const UNASSIGN = `mutation ($id: ID!, $holder: ID!) { unassignFeedbackRequest(applicationId: $id, expectedAssigneeId: $holder) { assigneeId } }`;
const QUEUE = `query ($filter: FeedbackQueueFilter, $sort: QueueSort) {
  feedbackQueue(filter: $filter, sort: $sort) { totalCount nodes { applicationId assignee { name } dueAt hoursUntilDue overdue lastInterviewAt } } }`;

interface Answer {
  errors?: { message: string; extensions?: { code?: string; assigneeId?: string | null; field?: string } }[];
}
const codeOf = (answer: Answer) => answer.errors?.[0]?.extensions?.code ?? 'ok';

let app: TestServer;
let agency: Awaited<ReturnType<typeof createAgency>>;
let other: Awaited<ReturnType<typeof createAgency>>;
let kim: Actor;
let candidate: Actor;

const assign = (by: Actor, applicationId: string, assigneeId: string, expectedAssigneeId: string | null = null) =>
  app.gql<{ assignFeedbackRequest: { assigneeId: string; assignee: { name: string } } }>(
    ASSIGN,
    { input: { applicationId, assigneeId, expectedAssigneeId } },
    by.token,
  ) as Promise<Answer & { data?: { assignFeedbackRequest: { assigneeId: string; assignee: { name: string } } } | null }>;
const queueOf = async (viewer: Actor, filter: Record<string, unknown> = {}) =>
  dataOf(
    await app.gql<{ feedbackQueue: { totalCount: number; nodes: { applicationId: string; assignee: { name: string } | null; dueAt: string | null; overdue: boolean }[] } }>(
      QUEUE,
      { filter },
      viewer.token,
    ),
  ).feedbackQueue;
const requested = async () => (await storyUpTo(app, candidate, agency.staff, 'requested')).applicationId;

beforeAll(async () => {
  app = await startTestServer();
  agency = await createAgency(app, 'ASSIGN');
  other = await createAgency(app, 'ELSEWHERE');
  await app.pivotal.services.accounts.createStaff(
    { agencyCode: 'ASSIGN', email: 'kim@assign.test', name: 'Kim Colleague', role: 'STAFF', password: 'staff-password' },
    { now: new Date() },
  );
  kim = await login(app, 'kim@assign.test', 'staff-password');
  candidate = await signUpCandidate(app, 'cleo@assign.test', 'ASSIGN');
}, 120_000);
afterAll(() => app.close({ removeData: true }));

describe('assigning feedback requests, over GraphQL', () => {
  it('given a waiting request, when staff assign it to a colleague, then the colleague’s “mine” view and the history show it', async () => {
    const applicationId = await requested();
    const answer = dataOf(await assign(agency.staff, applicationId, kim.id)).assignFeedbackRequest;
    expect(answer).toMatchObject({ assigneeId: kim.id, assignee: { name: 'Kim Colleague' } });

    const mine = await queueOf(kim, { assignee: 'MINE' });
    expect(mine.nodes.map((n) => n.applicationId)).toEqual([applicationId]);
    expect((await queueOf(agency.staff, { assignee: 'MINE' })).nodes.map((n) => n.applicationId)).not.toContain(applicationId);
    expect((await queueOf(agency.staff, { assignee: 'UNASSIGNED' })).nodes.map((n) => n.applicationId)).not.toContain(applicationId);

    const history = dataOf(
      await app.gql<{ application: { history: { type: string; data: string }[] } }>(
        'query ($id: ID!) { application(id: $id) { history { type data } } }',
        { id: applicationId },
        agency.staff.token,
      ),
    ).application.history;
    expect(history.map((e) => e.type)).toContain('FeedbackAssigned');
  });

  it('given a request a colleague holds, then the queue held by that colleague shows it, and another agency sees nothing of it', async () => {
    const applicationId = await requested();
    dataOf(await assign(agency.staff, applicationId, kim.id));
    const heldByKim = await queueOf(agency.staff, { heldBy: kim.id });
    expect(heldByKim.nodes.map((n) => n.applicationId)).toContain(applicationId);
    expect(heldByKim.nodes.every((n) => n.assignee?.name === 'Kim Colleague')).toBe(true);
    expect((await queueOf(agency.staff, { heldBy: agency.staff.id })).nodes.map((n) => n.applicationId)).not.toContain(applicationId);
    expect((await queueOf(other.staff, { heldBy: kim.id })).totalCount).toBe(0);
  });

  it('reassigns from the holder the sender saw, and unassigns', async () => {
    const applicationId = await requested();
    dataOf(await assign(agency.staff, applicationId, kim.id));
    expect(dataOf(await assign(kim, applicationId, agency.staff.id, kim.id)).assignFeedbackRequest.assigneeId).toBe(agency.staff.id);
    const back = await app.gql<{ unassignFeedbackRequest: { assigneeId: string | null } }>(
      UNASSIGN,
      { id: applicationId, holder: agency.staff.id },
      kim.token,
    );
    expect(dataOf(back).unassignFeedbackRequest.assigneeId).toBeNull();
    expect((await queueOf(kim, { assignee: 'UNASSIGNED' })).nodes.map((n) => n.applicationId)).toContain(applicationId);
  });

  it('given two staff assigning the same request at once, then one wins and the other is told who has it', async () => {
    const applicationId = await requested();
    const answers = await Promise.all([assign(agency.staff, applicationId, agency.staff.id), assign(kim, applicationId, kim.id)]);
    const won = answers.filter((a) => codeOf(a) === 'ok');
    const lost = answers.filter((a) => codeOf(a) === 'CONFLICT');
    expect([won.length, lost.length]).toEqual([1, 1]);
    const winner = won[0]?.data?.assignFeedbackRequest;
    expect(lost[0]?.errors?.[0]?.extensions?.assigneeId).toBe(winner?.assigneeId);
    expect(lost[0]?.errors?.[0]?.message).toBe(`this feedback request is already assigned to ${winner?.assignee.name}`);
  });

  it('refuses an assignee outside the agency, an analyst, and staff of another agency, changing nothing', async () => {
    const applicationId = await requested();
    expect(codeOf(await assign(agency.staff, applicationId, other.staff.id))).toBe('FORBIDDEN');
    expect(codeOf(await assign(agency.staff, applicationId, agency.analyst.id))).toBe('FORBIDDEN');
    expect(codeOf(await assign(agency.staff, applicationId, candidate.id))).toBe('FORBIDDEN');
    expect(codeOf(await assign(other.staff, applicationId, other.staff.id))).toBe('FORBIDDEN');
    expect(codeOf(await assign(agency.analyst, applicationId, agency.staff.id))).toBe('FORBIDDEN');
    expect((await queueOf(agency.staff, { assignee: 'UNASSIGNED' })).nodes.map((n) => n.applicationId)).toContain(applicationId);
  });

  it('refuses to assign a request already answered, saying why', async () => {
    const { applicationId } = await storyUpTo(app, candidate, agency.staff, 'feedback');
    const answer = await assign(agency.staff, applicationId, kim.id);
    expect(codeOf(answer)).toBe('CONFLICT');
    expect(answer.errors?.[0]?.message).toBe('feedback was already received: only a request still waiting is assigned');
  });

  it('given an assigned request, then its own look-up names the holder; once answered it is null; another agency is refused', async () => {
    const LOOK_UP = 'query ($id: ID!) { feedbackRequest(applicationId: $id) { applicationId assignee { id name } } }';
    const applicationId = await requested();
    dataOf(await assign(agency.staff, applicationId, kim.id));
    const found = await app.gql<{ feedbackRequest: { assignee: { id: string; name: string } | null } | null }>(LOOK_UP, { id: applicationId }, agency.staff.token);
    expect(dataOf(found).feedbackRequest?.assignee).toEqual({ id: kim.id, name: 'Kim Colleague' });
    expect(codeOf(await app.gql(LOOK_UP, { id: applicationId }, other.staff.token))).toBe('FORBIDDEN');
    const { applicationId: answered } = await storyUpTo(app, candidate, agency.staff, 'feedback');
    const none = await app.gql<{ feedbackRequest: null }>(LOOK_UP, { id: answered }, agency.staff.token);
    expect(dataOf(none).feedbackRequest).toBeNull();
  });

  it('refuses to assign a declined request, saying why', async () => {
    const applicationId = await requested();
    dataOf(
      await app.gql('mutation ($id: ID!) { declineFeedback(applicationId: $id, reason: "The interviewer left") { id } }', { id: applicationId }, agency.staff.token),
    );
    const answer = await assign(agency.staff, applicationId, kim.id);
    expect(codeOf(answer)).toBe('CONFLICT');
    expect(answer.errors?.[0]?.message).toBe('feedback was already declined: only a request still waiting is assigned');
  });

  it('refuses malformed ids with BAD_USER_INPUT', async () => {
    const answer = await assign(agency.staff, 'x'.repeat(101), kim.id);
    expect(codeOf(answer)).toBe('BAD_USER_INPUT');
  });

  it('sends an assignment to every open queue of the agency, each as its viewer filtered it', async () => {
    const applicationId = await requested();
    const ws = app.wsClient(kim.token);
    const minePage = new Promise<string[]>((resolve, reject) => {
      ws.subscribe<{ feedbackQueueChanged: { nodes: { applicationId: string }[] } }>(
        { query: 'subscription { feedbackQueueChanged(filter: { assignee: MINE }) { nodes { applicationId } } }' },
        {
          next: (m) => (m.data ? resolve(m.data.feedbackQueueChanged.nodes.map((n) => n.applicationId)) : reject(new Error(JSON.stringify(m)))),
          error: reject,
          complete: () => undefined,
        },
      );
    });
    const elsewhere = app.wsClient(other.staff.token);
    const heardElsewhere: unknown[] = [];
    elsewhere.subscribe({ query: 'subscription { feedbackQueueChanged { totalCount } }' }, {
      next: (m) => heardElsewhere.push(m),
      error: () => undefined,
      complete: () => undefined,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    dataOf(await assign(agency.staff, applicationId, kim.id));
    expect(await minePage).toContain(applicationId);
    await ws.dispose();
    await elsewhere.dispose();
    expect(heardElsewhere).toEqual([]);
  });
});

describe('the response-time target and the workload', () => {
  it('dates every waiting request once staff set a target, and refuses a target out of range', async () => {
    const applicationId = await requested();
    expect(codeOf(await app.gql('mutation { setResponseTarget(workingDays: 0) { workingDays } }', {}, agency.staff.token))).toBe(
      'BAD_USER_INPUT',
    );
    const set = await app.gql<{ setResponseTarget: { workingDays: number } }>(
      'mutation { setResponseTarget(workingDays: 5) { workingDays } }',
      {},
      agency.staff.token,
    );
    expect(dataOf(set).setResponseTarget.workingDays).toBe(5);
    const target = await app.gql<{ responseTarget: { workingDays: number } }>('{ responseTarget { workingDays } }', {}, agency.analyst.token);
    expect(dataOf(target).responseTarget.workingDays).toBe(5);
    const request = (await queueOf(agency.staff)).nodes.find((n) => n.applicationId === applicationId);
    expect(request?.dueAt).not.toBeNull();
    expect(request?.overdue).toBe(false);
    const otherTarget = await app.gql<{ responseTarget: null }>('{ responseTarget { workingDays } }', {}, other.staff.token);
    expect(dataOf(otherTarget).responseTarget).toBeNull();
  });

  it('shows each staff member’s open requests and the oldest of each, and what nobody holds', async () => {
    const applicationId = await requested();
    dataOf(await assign(kim, applicationId, kim.id));
    const workload = dataOf(
      await app.gql<{
        feedbackWorkload: { unassignedRequests: number; staff: { staffMember: { id: string; name: string }; openRequests: number; oldestRequestedAt: string | null }[] };
      }>('{ feedbackWorkload { unassignedRequests oldestUnassignedAt staff { staffMember { id name } openRequests oldestRequestedAt } } }', {}, kim.token),
    ).feedbackWorkload;
    const queue = await queueOf(kim);
    const kimsRow = workload.staff.find((s) => s.staffMember.id === kim.id);
    expect(kimsRow?.openRequests).toBe(queue.nodes.filter((n) => n.assignee?.name === 'Kim Colleague').length);
    expect(workload.staff.map((s) => s.staffMember.name).sort()).toEqual(['Kim Colleague', 'Staff']);
    expect(workload.unassignedRequests).toBe(queue.nodes.filter((n) => n.assignee === null).length);
  });
});
