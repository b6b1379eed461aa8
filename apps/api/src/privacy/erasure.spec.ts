import { randomUUID } from 'node:crypto';
import { schemaVersionOf, streams } from '@pivotal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storyUpTo } from '../testing/candidate-story';
import { createAgency, dataOf, login, signUpCandidate, type Actor } from '../testing/fixtures';
import { startTestServer, type TestServer } from '../testing/test-server';

const ERASE_ME = 'mutation ($password: String!) { eraseMyAccount(password: $password) }';
const ERASE = 'mutation ($id: ID!, $reason: String!) { eraseCandidate(candidateId: $id, reason: $reason) }';
const CANDIDATE = 'query ($id: ID!) { candidate(id: $id) { id name email erased stats { applied } applications { company role } } }';
const ANALYTICS = '{ analytics { funnel { applied interviewed rejected feedbackRequested feedbackReceived } feedbackThemes { theme count } } }';
const EXPORT = '{ myDataExport { json generatedAt } }';

let app: TestServer;
let agency: Awaited<ReturnType<typeof createAgency>>;
let other: Awaited<ReturnType<typeof createAgency>>;

beforeAll(async () => {
  app = await startTestServer();
  agency = await createAgency(app, 'PRIVA');
  other = await createAgency(app, 'PRIVB');
}, 120_000);
afterAll(() => app.close({ removeData: true }));

const codeOf = (answer: { errors?: { extensions?: { code?: string } }[] }) => answer.errors?.[0]?.extensions?.code ?? 'ok';

/** A candidate of the agency with one application taken as far as feedback and a goal. */
const givenACandidate = async () => {
  const email = `${randomUUID()}@privacy.test`;
  const candidate = await signUpCandidate(app, email, 'PRIVA');
  const story = await storyUpTo(app, candidate, agency.staff, 'goal');
  return { email, candidate, story };
};

const staffView = async (candidateId: string) =>
  dataOf(await app.gql<{ candidate: { name: string; email: string; erased: boolean; stats: { applied: number }; applications: { company: string }[] } }>(CANDIDATE, { id: candidateId }, agency.staff.token)).candidate;

describe('myDataExport', () => {
  it('given a candidate with an application, feedback and a goal, then their export holds each with its history, and no password hash', async () => {
    const { email, candidate, story } = await givenACandidate();
    const answer = dataOf(await app.gql<{ myDataExport: { json: string; generatedAt: string } }>(EXPORT, {}, candidate.token));
    const document = JSON.parse(answer.myDataExport.json) as {
      format: string;
      account: { email: string; history: { type: string; data: { passwordHash?: string } }[] };
      candidate: { history: { type: string }[] };
      applications: { id: string; company: string; feedback: { points: unknown[] }; history: { type: string }[] }[];
      goals: { id: string; title: string; history: { type: string }[] }[];
    };
    expect(document.format).toBe('pivotal-data-export/1');
    expect(document.account.email).toBe(email);
    expect(document.account.history[0]?.data.passwordHash).toMatch(/^withheld/);
    expect(answer.myDataExport.json).not.toContain('scrypt$');
    expect(document.candidate.history.map((e) => e.type)).toEqual(['CandidateRegistered']);
    expect(document.applications).toHaveLength(1);
    expect(document.applications[0]).toMatchObject({ id: story.applicationId, company: 'Initech' });
    expect(document.applications[0]?.feedback.points.length).toBeGreaterThan(0);
    expect(document.applications[0]?.history.map((e) => e.type)).toEqual(
      expect.arrayContaining(['JobApplied', 'Interviewed', 'ApplicationRejected', 'FeedbackRequested', 'FeedbackReceived']),
    );
    expect(document.goals.map((g) => g.id)).toEqual([story.goalId]);
    expect(document.goals[0]?.history.map((e) => e.type)).toEqual(['GoalSet']);
  });

  it('given staff, then their export holds their account and membership, and no candidate', async () => {
    const answer = dataOf(await app.gql<{ myDataExport: { json: string } }>(EXPORT, {}, agency.staff.token));
    const document = JSON.parse(answer.myDataExport.json) as Record<string, unknown> & { agencyMembership: { type: string }[] };
    expect(document).toMatchObject({ account: { email: 'staff@priva.test', role: 'STAFF' } });
    expect(document.agencyMembership.map((e) => e.type)).toEqual(['StaffAdded']);
    expect(document).not.toHaveProperty('applications');
  });
});

describe('eraseMyAccount', () => {
  it('given a wrong password, then it answers UNAUTHENTICATED and nothing changes', async () => {
    const { email, candidate } = await givenACandidate();
    expect(codeOf(await app.gql(ERASE_ME, { password: 'not-my-password' }, candidate.token))).toBe('UNAUTHENTICATED');
    expect((await staffView(candidate.id)).erased).toBe(false);
    await login(app, email, 'candidate-password');
  });

  it('given a candidate, when they erase themselves, then they cannot log in, their token is refused, their email is free, staff see an erased candidate, and the analytics count the same', async () => {
    const analyticsBefore = dataOf(await app.gql(ANALYTICS, {}, agency.analyst.token));
    const { email, candidate } = await givenACandidate();
    const analyticsWith = dataOf(await app.gql(ANALYTICS, {}, agency.analyst.token));
    expect(analyticsWith).not.toEqual(analyticsBefore);

    expect(dataOf(await app.gql(ERASE_ME, { password: 'candidate-password' }, candidate.token))).toEqual({ eraseMyAccount: true });

    expect(codeOf(await app.gql('mutation ($e: String!) { login(email: $e, password: "candidate-password") { token } }', { e: email }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(codeOf(await app.gql('{ me { id } }', {}, candidate.token))).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.gql(EXPORT, {}, candidate.token))).toBe('UNAUTHENTICATED');
    expect(await staffView(candidate.id)).toEqual({
      id: candidate.id,
      name: 'erased candidate',
      email: '[erased]',
      erased: true,
      stats: { applied: 1 },
      applications: [{ company: '[erased]', role: '[erased]' }],
    });
    const list = dataOf(await app.gql<{ candidates: { nodes: { id: string; name: string }[] } }>('{ candidates(first: 100) { nodes { id name } } }', {}, agency.staff.token));
    expect(list.candidates.nodes.find((c) => c.id === candidate.id)?.name).toBe('erased candidate');
    expect(dataOf(await app.gql(ANALYTICS, {}, agency.analyst.token))).toEqual(analyticsWith);

    const again = await signUpCandidate(app, email, 'PRIVA');
    expect(again.id).not.toBe(candidate.id);
    await login(app, email, 'candidate-password');
  });
});

describe('eraseMyAccount, guessed at', () => {
  it('given wrong passwords again and again, then it is throttled like a login (RATE_LIMITED), and nothing is erased', async () => {
    const { candidate } = await givenACandidate();
    const codes: string[] = [];
    for (let attempt = 0; attempt < 12; attempt += 1) {
      codes.push(codeOf(await app.gql(ERASE_ME, { password: `guess-${attempt}` }, candidate.token)));
    }
    expect(codes.slice(0, 10)).toEqual(Array(10).fill('UNAUTHENTICATED'));
    expect(codes.at(-1)).toBe('RATE_LIMITED');
    expect(codeOf(await app.gql(ERASE_ME, { password: 'candidate-password' }, candidate.token))).toBe('RATE_LIMITED');
    expect((await staffView(candidate.id)).erased).toBe(false);
  });
});

describe('eraseCandidate', () => {
  it('given staff of the candidate agency and a reason, then the candidate is erased, recorded with who and why', async () => {
    const { email, candidate } = await givenACandidate();
    expect(dataOf(await app.gql(ERASE, { id: candidate.id, reason: 'asked by letter' }, agency.staff.token))).toEqual({ eraseCandidate: true });
    expect((await staffView(candidate.id)).erased).toBe(true);
    expect(codeOf(await app.gql('{ me { id } }', {}, candidate.token))).toBe('UNAUTHENTICATED');
    const [erased] = (await app.pivotal.store.readStream(streams.candidate(candidate.id))).filter((e) => e.type === 'CandidateErased');
    expect(erased?.data).toMatchObject({ candidateId: candidate.id, accountId: candidate.id, erasedBy: agency.staff.id, reason: 'asked by letter' });
    await signUpCandidate(app, email);
  });

  it('given an erased candidate, when erased again, then it answers CONFLICT and appends nothing', async () => {
    const { candidate } = await givenACandidate();
    dataOf(await app.gql(ERASE, { id: candidate.id, reason: 'asked by letter' }, agency.staff.token));
    const head = await app.pivotal.store.headPosition();
    const answer = await app.gql<unknown>(ERASE, { id: candidate.id, reason: 'asked twice' }, agency.staff.token);
    expect(codeOf(answer)).toBe('CONFLICT');
    expect(answer.errors?.[0]?.message).toContain('erased already');
    expect(await app.pivotal.store.headPosition()).toBe(head);
  });

  it('refuses staff of another agency and analysts with FORBIDDEN, a blank reason with BAD_USER_INPUT, an unknown candidate with NOT_FOUND, and changes nothing', async () => {
    const { candidate } = await givenACandidate();
    const head = await app.pivotal.store.headPosition();
    expect(codeOf(await app.gql(ERASE, { id: candidate.id, reason: 'why not' }, other.staff.token))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(ERASE, { id: candidate.id, reason: 'why not' }, agency.analyst.token))).toBe('FORBIDDEN');
    const blank = await app.gql(ERASE, { id: candidate.id, reason: '  ' }, agency.staff.token);
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(codeOf(await app.gql(ERASE, { id: randomUUID(), reason: 'why' }, agency.staff.token))).toBe('NOT_FOUND');
    expect(await app.pivotal.store.headPosition()).toBe(head);
    expect((await staffView(candidate.id)).erased).toBe(false);
  });

  it('given an erased candidate with a waiting feedback request, then staff can no longer record feedback for it', async () => {
    const email = `${randomUUID()}@privacy.test`;
    const candidate = await signUpCandidate(app, email, 'PRIVA');
    const { applicationId } = await storyUpTo(app, candidate, agency.staff, 'requested');
    dataOf(await app.gql(ERASE, { id: candidate.id, reason: 'asked by phone' }, agency.staff.token));
    const answer = await app.gql(
      `mutation ($id: ID!) { recordFeedback(input: { applicationId: $id, summary: "late", points: [{ theme: OTHER, polarity: STRENGTH, note: "n" }] }) { id } }`,
      { id: applicationId },
      agency.staff.token,
    );
    expect(codeOf(answer)).toBe('CONFLICT');
    const queue = dataOf(await app.gql<{ feedbackQueue: { nodes: { applicationId: string }[] } }>('{ feedbackQueue(first: 100) { nodes { applicationId } } }', {}, agency.staff.token));
    expect(queue.feedbackQueue.nodes.map((n) => n.applicationId)).not.toContain(applicationId);
  });

  it('given an erasure that died before releasing the email, then a new sign-up with that email takes it over', async () => {
    const { email, candidate } = await givenACandidate();
    const now = new Date().toISOString();
    const { position } = await app.pivotal.store.append(
      streams.candidate(candidate.id),
      [
        {
          id: randomUUID(),
          type: 'CandidateErased',
          data: { candidateId: candidate.id, accountId: candidate.id, erasedBy: candidate.id, reason: null, erasedAt: now },
          metadata: { schemaVersion: schemaVersionOf('CandidateErased'), correlationId: 'c', causationId: 'c', actorId: candidate.id, occurredAt: now },
        },
      ],
      'any',
    );
    await app.pivotal.projections.waitForPosition(position, 5000);
    const again: Actor = await signUpCandidate(app, email, 'PRIVA');
    expect(again.id).not.toBe(candidate.id);
  });
});
