// @vitest-environment node
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pipe, take, toPromise } from 'wonka';
import { WebSocket, WebSocketServer } from 'ws';
import { createPivotalClient, webSocketUrlFor } from './client';
import { graphql } from './graphql';
import { EraseMyAccountMutation } from './operations/web/privacy';

const Me = graphql(`
  query Me {
    me {
      id
      email
      role
    }
  }
`);

const Arrivals = graphql(`
  subscription Arrivals {
    feedbackReceived {
      id
      summary
    }
  }
`);

/** A real HTTP server that records the headers of each request and answers with `body`. */
const graphQLServer = async (body: object) => {
  const headers: IncomingHttpHeaders[] = [];
  const server = createServer((request, response) => {
    headers.push(request.headers);
    request.resume().on('end', () => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, headers, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` };
};

let servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  servers = [];
});

describe('createPivotalClient', () => {
  it('given a signed-in user, when querying, then the token travels as a bearer Authorization header over POST', async () => {
    const api = await graphQLServer({
      data: { me: { __typename: 'Viewer', id: 'u1', email: 'a@b.test', role: 'CANDIDATE' } },
    });
    servers.push(api.server);
    const client = createPivotalClient({ url: api.url, getToken: () => 'token-1', onAuthError: vi.fn() });

    const result = await client.query(Me, {}).toPromise();

    expect(result.data?.me.email).toBe('a@b.test');
    expect(api.headers[0]?.['authorization']).toBe('Bearer token-1');
    expect(api.headers[0]?.['content-type']).toContain('application/json');
  });

  it('given no session, when querying, then no Authorization header is sent', async () => {
    const api = await graphQLServer({ data: { me: null } });
    servers.push(api.server);
    await createPivotalClient({ url: api.url, getToken: () => null, onAuthError: vi.fn() })
      .query(Me, {})
      .toPromise();
    expect(api.headers[0]?.['authorization']).toBeUndefined();
  });

  it('given a token the api refuses, when querying, then onAuthError is called', async () => {
    const api = await graphQLServer({
      data: null,
      errors: [{ message: 'sign in first', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    servers.push(api.server);
    const onAuthError = vi.fn();
    await createPivotalClient({ url: api.url, getToken: () => 'stale', onAuthError })
      .query(Me, {})
      .toPromise();
    expect(onAuthError).toHaveBeenCalledTimes(1);
  });

  it('given a wrong password typed again to erase the account, then the session is kept (UNAUTHENTICATED is about the password)', async () => {
    const api = await graphQLServer({
      data: null,
      errors: [{ message: 'the password is wrong', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    servers.push(api.server);
    const onAuthError = vi.fn();
    const answer = await createPivotalClient({ url: api.url, getToken: () => 'token-1', onAuthError })
      .mutation(EraseMyAccountMutation, { password: 'wrong' })
      .toPromise();
    expect(answer.error?.graphQLErrors[0]?.message).toBe('the password is wrong');
    expect(onAuthError).not.toHaveBeenCalled();
  });

  it('given a subscription, then it runs over graphql-ws with the token in connectionParams.authorization', async () => {
    const schema = buildSchema(`
      type Feedback { id: ID! summary: String! }
      type Query { ok: Boolean }
      type Subscription { feedbackReceived: Feedback! }
    `);
    const received: unknown[] = [];
    const http = createServer();
    servers.push(http);
    const sockets = new WebSocketServer({ server: http, path: '/graphql' });
    const cleanup = useServer(
      {
        schema,
        onConnect: (context) => {
          received.push(context.connectionParams);
        },
        roots: {
          subscription: {
            feedbackReceived: async function* () {
              yield { feedbackReceived: { __typename: 'Feedback', id: 'f1', summary: 'Clear answers' } };
            },
          },
        },
      },
      sockets,
    );
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
    const client = createPivotalClient({
      url,
      getToken: () => 'token-2',
      onAuthError: vi.fn(),
      webSocketImpl: WebSocket,
    });

    const first = await pipe(client.subscription(Arrivals, {}), take(1), toPromise);

    expect(first.data?.feedbackReceived.summary).toBe('Clear answers');
    expect(received).toEqual([{ authorization: 'Bearer token-2' }]);
    await cleanup.dispose();
    sockets.close();
  });
});

describe('webSocketUrlFor', () => {
  it('turns the page-relative HTTP endpoint into the websocket endpoint of the same host', () => {
    expect(webSocketUrlFor('/graphql', 'https://pivotal.test/admin/queue')).toBe(
      'wss://pivotal.test/graphql',
    );
    expect(webSocketUrlFor('http://127.0.0.1:4000/graphql')).toBe('ws://127.0.0.1:4000/graphql');
  });
});
