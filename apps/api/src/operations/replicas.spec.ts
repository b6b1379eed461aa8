import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { storyUpTo } from '../testing/candidate-story';
import { createAgency, dataOf, signUpCandidate, type Actor } from '../testing/fixtures';
import { startTestServer, type TestServer } from '../testing/test-server';
import { startLoadBalancer, type LoadBalancer } from './load-balancer';

/** A replica that says who it is, over HTTP and over a websocket. */
const namedServer = async (name: string): Promise<{ url: string; server: Server }> => {
  const server = createServer((_req, res) => res.end(name));
  new WebSocketServer({ server }).on('connection', (socket) => socket.send(name));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
};

describe('the load balancer for replicas on one machine', () => {
  let replicas: { url: string; server: Server }[];
  let balancer: LoadBalancer;
  beforeAll(async () => {
    replicas = [await namedServer('one'), await namedServer('two')];
    balancer = await startLoadBalancer({ port: 0, host: '127.0.0.1', targets: () => replicas.map((r) => r.url) });
  });
  afterAll(async () => {
    await balancer.close();
    for (const { server } of replicas) server.close();
  });
  const via = async (authorization?: string) =>
    (await fetch(balancer.url, { headers: authorization ? { authorization } : {} })).text();

  it('sends every request of one signed-in client to the same replica, so that it reads its own writes', async () => {
    const first = await via('Bearer token-a');
    for (let i = 0; i < 5; i += 1) expect(await via('Bearer token-a')).toBe(first);
  });

  it('spreads anonymous requests over every replica', async () => {
    const seen = new Set<string>();
    for (let i = 0; i < 4; i += 1) seen.add(await via());
    expect([...seen].sort()).toEqual(['one', 'two']);
  });

  it('proxies websockets', async () => {
    const socket = new WebSocket(balancer.url.replace(/^http/, 'ws'));
    const greeting = await new Promise<string>((resolve, reject) => {
      socket.once('message', (data) => resolve(String(data)));
      socket.once('error', reject);
    });
    socket.close();
    expect(['one', 'two']).toContain(greeting);
  });

  it('answers 502 with a GraphQL error when no replica is up', async () => {
    const empty = await startLoadBalancer({ port: 0, host: '127.0.0.1', targets: () => [] });
    const response = await fetch(`${empty.url}/graphql`, { method: 'POST' });
    await empty.close();
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_GATEWAY' } }] });
  });
});

describe('two replicas on one embedded event store, each with its own read models', () => {
  let one: TestServer;
  let two: TestServer;
  let staff: Actor;
  let candidate: Actor;
  beforeAll(async () => {
    one = await startTestServer();
    two = await startTestServer({ dataDir: one.dataDir, env: { PIVOTAL_READ_MODELS_FILE: join(one.dataDir, 'read-models-2.sqlite') } });
    ({ staff } = await createAgency(one, 'REPL'));
    candidate = await signUpCandidate(one, 'rae@repl.test', 'REPL');
  });
  afterAll(async () => {
    await two.close();
    await one.close({ removeData: true });
  });

  const applications = async (app: TestServer) =>
    dataOf(await app.gql<{ me: { candidate: { applications: { company: string }[] } } }>('{ me { candidate { applications { company } } } }', {}, candidate.token))
      .me.candidate.applications.map((a) => a.company);

  it('reads a write at once on the replica written to, and within a bounded lag on the other', async () => {
    await one.gql('mutation { applyForJob(input: { company: "Written On One", role: "Engineer" }) { id } }', {}, candidate.token);
    expect(await applications(one)).toContain('Written On One');
    await two.pivotal.projections.waitForPosition(await one.pivotal.store.headPosition(), 5000);
    expect(await applications(two)).toContain('Written On One');
  });

  it('tells subscribers of the other replica: feedbackQueueChanged for staff, feedbackReceived for the candidate', async () => {
    const { applicationId } = await storyUpTo(one, candidate, staff, 'interviewed');
    const subscribe = <T>(app: TestServer, token: string, query: string) => {
      const client = createClient({ url: app.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
      const first = new Promise<T>((resolve, reject) => {
        client.subscribe<T>({ query }, { next: (m) => (m.data ? resolve(m.data as T) : reject(new Error(JSON.stringify(m)))), error: reject, complete: () => undefined });
      });
      return { first, client };
    };
    const queue = subscribe<{ feedbackQueueChanged: { nodes: { applicationId: string }[] } }>(two, staff.token, 'subscription { feedbackQueueChanged { nodes { applicationId } } }');
    const received = subscribe<{ feedbackReceived: { applicationId: string } }>(two, candidate.token, 'subscription { feedbackReceived { applicationId } }');
    await new Promise((resolve) => setTimeout(resolve, 200));
    await one.gql('mutation ($id: ID!) { requestFeedback(applicationId: $id) { id } }', { id: applicationId }, candidate.token);
    expect((await queue.first).feedbackQueueChanged.nodes.map((n) => n.applicationId)).toContain(applicationId);
    await one.gql(
      'mutation ($input: RecordFeedbackInput!) { recordFeedback(input: $input) { id } }',
      { input: { applicationId, summary: 'Told on the other replica.', points: [{ theme: 'COMMUNICATION', polarity: 'STRENGTH', note: 'clear' }] } },
      staff.token,
    );
    expect((await received.first).feedbackReceived.applicationId).toBe(applicationId);
    await queue.client.dispose();
    await received.client.dispose();
  });
});
