import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storyUpTo } from '../testing/candidate-story';
import { createAgency, signUpCandidate, type Actor } from '../testing/fixtures';
import { startTestServer, type TestServer } from '../testing/test-server';

let app: TestServer;
let candidate: Actor;
let staff: Actor;

beforeAll(async () => {
  app = await startTestServer();
  staff = (await createAgency(app, 'BAD')).staff;
  candidate = await signUpCandidate(app, 'pat@bad.test', 'BAD');
});
afterAll(() => app.close({ removeData: true }));

interface Answer {
  status: number;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

const post = async (body: string, headers: Record<string, string> = {}): Promise<Answer> => {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    // graphql-response+json: its statuses tell a refused document (400) from a refused field (200).
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      authorization: `Bearer ${candidate.token}`,
      ...headers,
    },
    body,
  });
  return { status: response.status, ...((await response.json()) as object) };
};
const operation = (query: string, variables?: Record<string, unknown>) => post(JSON.stringify({ query, variables }));

const nested = (depth: number): string =>
  depth === 0 ? 'id' : `applications { candidate { ${nested(depth - 1)} } }`;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** Each mistake, how it is sent, and the status, code and (for input) field it must get. */
const cases: { name: string; send: () => Promise<Answer>; status: number; code: string; field?: string }[] = [
  { name: 'malformed JSON', send: () => post('{"query": "{ me { id } }"'), status: 400, code: 'BAD_REQUEST' },
  { name: 'a query that does not parse', send: () => operation('{ me { id '), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'a field that does not exist', send: () => operation('{ me { salary } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  {
    name: 'an over-deep query',
    send: () => operation(`query ($id: ID!) { candidate(id: $id) { ${nested(6)} } }`, { id: candidate.id }),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'an over-cost query',
    send: () =>
      operation(`{ a: candidates(first: 100) { nodes { applications { interviews { id } feedback { points { note } } } } }
        b: candidates(first: 100) { nodes { goals { id title } } } }`),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'a body over 1 MB',
    send: () => operation(`{ me { id } } # ${'x'.repeat(1_100_000)}`),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
  },
  {
    name: 'a variable of the wrong type',
    send: () => operation('mutation ($input: ApplyInput!) { applyForJob(input: $input) { id } }', { input: { company: 5, role: 'x' } }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'an over-long string',
    send: () =>
      operation('mutation ($input: ApplyInput!) { applyForJob(input: $input) { id } }', { input: { company: 'x'.repeat(201), role: 'Dev' } }),
    status: 200,
    code: 'BAD_USER_INPUT',
    field: 'company',
  },
  {
    name: 'an unknown enum value',
    send: () => operation('query ($s: ApplicationStatus) { me { candidate { applications(status: $s) { id } } } }', { s: 'LOST' }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a date that is not a date',
    send: () =>
      operation('mutation ($input: ApplyInput!) { applyForJob(input: $input) { id } }', { input: { company: 'A', role: 'B', appliedAt: 'yesterday' } }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a future date for something that happened',
    send: () =>
      operation('mutation ($input: ApplyInput!) { applyForJob(input: $input) { id } }', { input: { company: 'A', role: 'B', appliedAt: inDays(3) } }),
    status: 200,
    code: 'BAD_USER_INPUT',
    field: 'appliedAt',
  },
  {
    name: 'a self-rating off the scale',
    send: () =>
      operation('mutation ($id: ID!) { recordInterview(input: { applicationId: $id, stage: "x", selfRating: 9 }) { id } }', { id: randomUUID() }),
    status: 200,
    code: 'BAD_USER_INPUT',
    field: 'selfRating',
  },
  {
    name: 'a client-chosen id that is not a UUID',
    send: () =>
      operation('mutation ($input: ApplyInput!) { applyForJob(input: $input) { id } }', { input: { id: 'mine', company: 'A', role: 'B' } }),
    status: 200,
    code: 'BAD_USER_INPUT',
    field: 'id',
  },
  {
    name: 'feedback without points',
    send: () =>
      post(
        JSON.stringify({
          query: 'mutation ($id: ID!) { recordFeedback(input: { applicationId: $id, summary: "s", points: [] }) { id } }',
          variables: { id: randomUUID() },
        }),
        { authorization: `Bearer ${staff.token}` },
      ),
    status: 200,
    code: 'BAD_USER_INPUT',
    field: 'points',
  },
  {
    name: 'a blank point of feedback',
    send: () =>
      post(
        JSON.stringify({
          query: `mutation ($id: ID!) { recordFeedback(input: { applicationId: $id, summary: "s",
            points: [{ theme: OTHER, polarity: STRENGTH, note: "fine" }, { theme: OTHER, polarity: IMPROVEMENT, note: "" }] }) { id } }`,
          variables: { id: randomUUID() },
        }),
        { authorization: `Bearer ${staff.token}` },
      ),
    status: 200,
    code: 'BAD_USER_INPUT',
    field: 'points[1].note',
  },
  {
    name: 'an unknown application id',
    send: () => operation('mutation ($id: ID!) { recordOffer(applicationId: $id) { id } }', { id: randomUUID() }),
    status: 200,
    code: 'NOT_FOUND',
  },
  {
    name: 'an unknown goal id',
    send: () => operation('mutation ($id: ID!) { completeGoal(goalId: $id) { id } }', { id: randomUUID() }),
    status: 200,
    code: 'NOT_FOUND',
  },
  {
    name: 'an unknown feedback id',
    send: () => operation('mutation ($id: ID!) { setGoal(input: { feedbackId: $id, pointIndex: 0, title: "x" }) { id } }', { id: randomUUID() }),
    status: 200,
    code: 'NOT_FOUND',
  },
  {
    name: 'an id far too long',
    send: () => operation('mutation ($id: ID!) { withdrawApplication(applicationId: $id) { id } }', { id: 'x'.repeat(5000) }),
    status: 200,
    code: 'BAD_USER_INPUT',
    field: 'applicationId',
  },
  {
    name: 'a cursor from nowhere',
    send: () => post(JSON.stringify({ query: '{ feedbackQueue(after: "bm9wZQ") { totalCount } }' }), { authorization: `Bearer ${staff.token}` }),
    status: 200,
    code: 'BAD_USER_INPUT',
    field: 'after',
  },
];

describe('bad input of every kind', () => {
  it.each(cases)('$name gets $status $code and changes nothing', async ({ send, status, code, field }) => {
    const before = await app.pivotal.store.headPosition();
    const answer = await send();
    expect({ status: answer.status, code: answer.errors?.[0]?.extensions?.code }).toEqual({ status, code });
    if (field) expect(answer.errors?.[0]?.extensions?.field).toBe(field);
    expect(answer.errors?.[0]?.message).not.toMatch(/\n\s+at /);
    expect(await app.pivotal.store.headPosition()).toBe(before);
  });

  it('a rule of the domain says which rule refused the command, and changes nothing', async () => {
    const { applicationId } = await storyUpTo(app, candidate, staff, 'applied');
    const before = await app.pivotal.store.headPosition();
    const answer = await operation('mutation ($id: ID!) { requestFeedback(applicationId: $id) { id } }', { id: applicationId });
    expect(answer.errors?.[0]).toMatchObject({
      message: 'feedback needs an application that reached an interview or a rejection',
      extensions: { code: 'CONFLICT' },
    });
    expect(await app.pivotal.store.headPosition()).toBe(before);
  });

  it('a wrong password and an unknown email are refused alike', async () => {
    const wrong = await operation('mutation { login(email: "pat@bad.test", password: "not-the-password") { token } }');
    const unknown = await operation('mutation { login(email: "nobody@bad.test", password: "whatever-it-is") { token } }');
    for (const answer of [wrong, unknown]) {
      expect(answer.errors?.[0]).toMatchObject({ message: 'email or password is wrong', extensions: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('an unknown agency code names the field, and the email stays free', async () => {
    const signUp = 'mutation ($input: SignUpInput!) { signUp(input: $input) { token } }';
    const input = { email: 'ren@bad.test', password: 'long-enough', name: 'Ren' };
    const refused = await operation(signUp, { input: { ...input, agencyCode: 'NOPE' } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'agencyCode' });
    expect((await operation(signUp, { input })).errors).toBeUndefined();
    expect((await operation(signUp, { input })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('an over-deep subscription over graphql-ws is refused before it starts', async () => {
    const client = app.wsClient(staff.token);
    const deep = `subscription { feedbackQueueChanged { nodes { candidate { ${nested(5)} } } } }`;
    const code = await new Promise<string>((resolve) => {
      client.subscribe(
        { query: deep },
        {
          next: () => resolve('next'),
          error: (error) => resolve(String((error as { extensions?: { code?: string } }[])[0]?.extensions?.code)),
          complete: () => resolve('complete'),
        },
      );
    });
    await client.dispose();
    expect(code).toBe('QUERY_TOO_COMPLEX');
  });
});
