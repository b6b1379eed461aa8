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

  it('lets anyone introspect the schema', async () => {
    const answer = await app.gql<{ __schema: { queryType: { name: string } } }>('{ __schema { queryType { name } } }');
    expect(answer.data?.__schema.queryType.name).toBe('Query');
  });
});
