import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpCandidate, type Actor } from '../testing/fixtures';
import { startTestServer, type TestServer } from '../testing/test-server';

let app: TestServer;
let candidate: Actor;
beforeAll(async () => {
  app = await startTestServer();
  candidate = await signUpCandidate(app, 'gio@http.test');
});
afterAll(() => app.close({ removeData: true }));

const get = (params: Record<string, string>, accept?: string) =>
  fetch(`${app.url}/graphql?${new URLSearchParams(params)}`, {
    headers: { authorization: `Bearer ${candidate.token}`, ...(accept ? { accept } : {}) },
  });

describe('GraphQL over HTTP, as its spec says', () => {
  it('answers application/graphql-response+json to a client that prefers it', async () => {
    const answer = await app.gql('{ me { id } }', {}, candidate.token);
    expect(answer.contentType).toMatch(/^application\/graphql-response\+json/);
    expect(answer.status).toBe(200);
  });

  it('answers application/json to a client that asks for it, and by default', async () => {
    const asked = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(asked.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await asked.json()).toEqual({ data: { __typename: 'Query' } });
    const unstated = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(unstated.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('runs a query sent with GET', async () => {
    const response = await get({ query: '{ me { id } }' }, 'application/graphql-response+json');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { me: { id: candidate.id } } });
  });

  it('refuses a mutation sent with GET with 405, and runs nothing', async () => {
    const before = await app.pivotal.store.headPosition();
    const response = await get({ query: 'mutation { applyForJob(input: { company: "A", role: "B" }) { id } }' });
    expect(response.status).toBe(405);
    expect(await app.pivotal.store.headPosition()).toBe(before);
  });

  it('refuses a body that is not JSON with 415', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{ me { id } }',
    });
    expect(response.status).toBe(415);
  });

  it('answers 400 to an empty body', async () => {
    const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(400);
  });

  it('answers 405 to a method GraphQL over HTTP has no use for', async () => {
    const response = await fetch(`${app.url}/graphql`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(405);
  });

  it('answers 400 to a request without a query', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ variables: {} }),
    });
    expect(response.status).toBe(400);
  });

  it('answers 200 with partial data when a field fails, and the error says where', async () => {
    const answer = await app.gql<{ me: { id: string }; candidate: unknown }>(
      '{ me { id } candidate(id: "someone-else") { id } }',
      {},
      candidate.token,
    );
    expect(answer.status).toBe(200);
    expect(answer.data?.me.id).toBe(candidate.id);
    expect(answer.data?.candidate).toBeNull();
    expect(answer.errors?.[0]).toMatchObject({ path: ['candidate'], extensions: { code: 'FORBIDDEN' } });
  });

  describe.each([
    ['a document that does not parse', { query: '{ me { id ' }, 'GRAPHQL_PARSE_FAILED'],
    ['a document that does not validate', { query: '{ me { noSuchField } }' }, 'GRAPHQL_VALIDATION_FAILED'],
    [
      'a document deeper than the limit',
      { query: `{ __schema { types { ${'fields { type { '.repeat(5)}name${' } }'.repeat(5)} } } }` },
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'variables that fail coercion',
      { query: 'query ($id: ID!) { candidate(id: $id) { id } }', variables: { id: { not: 'an id' } } },
      'BAD_USER_INPUT',
    ],
    [
      'a missing required variable',
      { query: 'query ($id: ID!) { candidate(id: $id) { id } }', variables: {} },
      'BAD_USER_INPUT',
    ],
    ['an operation name that names no operation', { query: 'query A { me { id } }', operationName: 'B' }, 'OPERATION_RESOLUTION_FAILURE'],
  ])('%s', (_case, request, code) => {
    const send = (accept: string) =>
      fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept, authorization: `Bearer ${candidate.token}` },
        body: JSON.stringify(request),
      });

    it('answers 200 with the errors to a client that accepts only application/json', async () => {
      const response = await send('application/json');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const body = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
      expect(body).not.toHaveProperty('data');
      expect(body.errors[0]?.extensions.code).toBe(code);
    });

    it('answers 400 with the errors as application/graphql-response+json, as that media type says', async () => {
      const response = await send('application/graphql-response+json, application/json;q=0.9');
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe(code);
    });
  });

  it('runs the same document over GET as application/json: a parse failure is 200 there too', async () => {
    const response = await get({ query: '{ me { id ' }, 'application/json');
    expect(response.status).toBe(200);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('keeps 400 as application/json for a request that is not well-formed GraphQL over HTTP (no query)', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ variables: {} }),
    });
    expect(response.status).toBe(400);
  });

  it('lets anyone introspect the schema', async () => {
    const answer = await app.gql<{ __schema: { queryType: { name: string } } }>('{ __schema { queryType { name } } }');
    expect(answer.data?.__schema.queryType.name).toBe('Query');
  });
});
