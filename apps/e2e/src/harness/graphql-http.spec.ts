import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from './api-server';
import { GraphQLRequestFailed, graphqlRequest, logInAs } from './graphql-http';

interface Seen {
  readonly headers: IncomingHttpHeaders;
  readonly body: { query: string; variables: Record<string, unknown> };
}

/** A real HTTP server answering GraphQL requests with `respond`, recording what it was sent. */
const graphQLServer = async (respond: (seen: Seen) => object) => {
  const seen: Seen[] = [];
  const server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString()));
    request.on('end', () => {
      const entry = { headers: request.headers, body: JSON.parse(text) as Seen['body'] };
      seen.push(entry);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(respond(entry)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { seen, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` };
};

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

describe('the GraphQL-over-HTTP helper', () => {
  it('posts the operation with its variables and answers the data', async () => {
    const api = await graphQLServer(() => ({ data: { ok: true } }));
    await expect(graphqlRequest(api.url, 'query Q($a: Int) { ok }', { a: 1 })).resolves.toEqual({ ok: true });
    expect(api.seen[0]?.body).toEqual({ query: 'query Q($a: Int) { ok }', variables: { a: 1 } });
    expect(api.seen[0]?.headers['content-type']).toBe('application/json');
  });

  it('rejects with the errors and their codes when the response has errors', async () => {
    const api = await graphQLServer(() => ({
      data: null,
      errors: [{ message: 'not allowed', extensions: { code: 'FORBIDDEN' } }],
    }));
    const failure = await graphqlRequest(api.url, '{ ok }').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GraphQLRequestFailed);
    expect((failure as GraphQLRequestFailed).errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('logs in, then sends every request of that actor with the bearer token', async () => {
    const api = await graphQLServer(({ body }) =>
      body.query.includes('login')
        ? { data: { login: { token: 'staff-token' } } }
        : { data: { me: { id: 's1' } } },
    );
    const coach = await logInAs(api.url, 'coach@test', 'secret-123');
    await coach.request('{ me { id } }');
    expect(api.seen[0]?.body.variables).toEqual({ email: 'coach@test', password: 'secret-123' });
    expect(api.seen[0]?.headers.authorization).toBeUndefined();
    expect(api.seen[1]?.headers.authorization).toBe('Bearer staff-token');
  });
});

describe('freePort', () => {
  it('answers a port that can be listened on at once', async () => {
    const port = await freePort();
    const server = createServer();
    servers.push(server);
    await new Promise<void>((resolve, reject) =>
      server.once('error', reject).listen(port, '127.0.0.1', resolve),
    );
    expect((server.address() as AddressInfo).port).toBe(port);
  });
});
