import { randomUUID } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency, dataOf, signUpCandidate } from '../testing/fixtures';
import { startTestServer, type TestServer } from '../testing/test-server';

const ERASE_ME = 'mutation ($password: String!) { eraseMyAccount(password: $password) }';
const LISTEN = 'subscription { feedbackReceived { applicationId } }';

let app: TestServer;

beforeAll(async () => {
  app = await startTestServer();
  await createAgency(app, 'SOCKS');
}, 120_000);
afterAll(() => app.close({ removeData: true }));

/** Opens a socket signed in with `token` and subscribes; answers how it ends (close code, or errors). */
const listen = (client: Client) => {
  const closed = new Promise<number>((resolve) => client.on('closed', (event) => resolve((event as { code: number }).code)));
  const subscribed = new Promise<void>((resolve) => client.on('connected', () => resolve()));
  const ended = new Promise<string>((resolve) => {
    client.subscribe({ query: LISTEN }, { next: (message) => message.errors && resolve(`errors ${JSON.stringify(message.errors)}`), error: (error) => resolve(`error ${JSON.stringify(error)}`), complete: () => resolve('complete') });
  });
  return { closed, subscribed, ended };
};

const candidateOf = async () => {
  const email = `${randomUUID()}@sockets.test`;
  return signUpCandidate(app, email, 'SOCKS');
};

describe('websockets of an erased account', () => {
  it('given a candidate listening live, when they erase their account, then their socket is closed 4403 and another candidate’s stays open', async () => {
    const erased = await candidateOf();
    const other = await candidateOf();
    const erasedClient = app.wsClient(erased.token);
    const otherClient = app.wsClient(other.token);
    try {
      const erasedSocket = listen(erasedClient);
      const otherSocket = listen(otherClient);
      await Promise.all([erasedSocket.subscribed, otherSocket.subscribed]);

      dataOf(await app.gql(ERASE_ME, { password: 'candidate-password' }, erased.token));

      expect(await erasedSocket.closed).toBe(4403);
      // The sweep has run at least once more since: the other socket is still open.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const otherState = await Promise.race([otherSocket.closed.then(() => 'closed'), Promise.resolve('open')]);
      expect(otherState).toBe('open');
    } finally {
      await Promise.all([erasedClient.dispose(), otherClient.dispose()]);
    }
  }, 30_000);

  it('given an erased account, when a socket signs in with its old token, then it gets no subscription', async () => {
    const erased = await candidateOf();
    dataOf(await app.gql(ERASE_ME, { password: 'candidate-password' }, erased.token));
    const client = app.wsClient(erased.token);
    try {
      const socket = listen(client);
      // The token is refused on connect: the socket is anonymous, and a candidate subscription needs a candidate.
      const outcome = await Promise.race([socket.ended, socket.closed.then((code) => `closed ${code}`)]);
      expect(outcome).toMatch(/UNAUTHENTICATED|FORBIDDEN|closed 44/);
    } finally {
      await client.dispose();
    }
  }, 30_000);
});
