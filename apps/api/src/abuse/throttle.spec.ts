import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, login, signUpCandidate } from '../testing/fixtures';
import { startTestServer, type TestServer } from '../testing/test-server';

const LOGIN =
  'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
const SIGN_UP = 'mutation ($input: SignUpInput!) { signUp(input: $input) { token } }';

/** One POST with extra headers, answering the status, the Retry-After header and the body. */
const post = async (
  app: TestServer,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
) => {
  const response = await fetch(app.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), ...body };
};

const codeOf = (answer: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  answer.errors?.[0]?.extensions?.['code'];

describe('login throttling per account', () => {
  let app: TestServer;
  beforeAll(async () => {
    app = await startTestServer({
      env: { PIVOTAL_THROTTLE_LOGIN_ACCOUNT: '3/15m', PIVOTAL_THROTTLE_LOGIN_ADDRESS: '100/1m' },
    });
    await signUpCandidate(app, 'ines@throttle.test');
  });
  afterAll(() => app.close({ removeData: true }));

  it('given 3 failed logins for an account, when it is tried again, even with the right password, then RATE_LIMITED with retryAfter and a Retry-After header', async () => {
    for (let i = 0; i < 3; i++) {
      expect(
        codeOf(await post(app, LOGIN, { email: 'ines@throttle.test', password: `wrong-guess-${i}` })),
      ).toBe('UNAUTHENTICATED');
    }
    const refused = await post(app, LOGIN, { email: 'ines@throttle.test', password: 'candidate-password' });
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^too many attempts; try again in 1[45] minutes$/),
      extensions: { code: 'RATE_LIMITED' },
    });
    const retryAfter = refused.errors?.[0]?.extensions?.['retryAfter'] as number;
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(refused.retryAfter).toBe(String(retryAfter));
  });

  it('counts an email in any case and spacing as one account', async () => {
    expect(
      codeOf(await post(app, LOGIN, { email: ' INES@Throttle.test', password: 'candidate-password' })),
    ).toBe('RATE_LIMITED');
  });

  it('throttles an unknown email exactly as a known one, so that being throttled tells nothing', async () => {
    const answers = [];
    for (let i = 0; i < 4; i++)
      answers.push(await post(app, LOGIN, { email: 'nobody@throttle.test', password: `wrong-guess-${i}` }));
    expect(answers.map(codeOf)).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'RATE_LIMITED',
    ]);
  });

  it('counts only failures: successful logins never reach the limit, and a success forgets earlier failures', async () => {
    await signUpCandidate(app, 'jo@throttle.test');
    for (let i = 0; i < 6; i++) await login(app, 'jo@throttle.test', 'candidate-password');
    for (let i = 0; i < 2; i++)
      await post(app, LOGIN, { email: 'jo@throttle.test', password: 'wrong-guess' });
    await login(app, 'jo@throttle.test', 'candidate-password');
    for (let i = 0; i < 2; i++)
      await post(app, LOGIN, { email: 'jo@throttle.test', password: 'wrong-guess' });
    expect(
      codeOf(await post(app, LOGIN, { email: 'jo@throttle.test', password: 'candidate-password' })),
    ).toBeUndefined();
  });

  it('refuses a burst of attempts in flight at once beyond the limit, before any of them fails', async () => {
    const burst = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        post(app, LOGIN, { email: 'burst@throttle.test', password: `wrong-guess-${i}` }),
      ),
    );
    expect(burst.map(codeOf).filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(3);
    expect(burst.map(codeOf).filter((code) => code === 'RATE_LIMITED')).toHaveLength(3);
  });
});

describe('login throttling per client address', () => {
  let app: TestServer;
  beforeAll(async () => {
    app = await startTestServer({
      env: { PIVOTAL_THROTTLE_LOGIN_ACCOUNT: '100/15m', PIVOTAL_THROTTLE_LOGIN_ADDRESS: '4/1m' },
    });
    await signUpCandidate(app, 'kim@throttle.test');
  });
  afterAll(() => app.close({ removeData: true }));

  it('given 4 failed logins from one address on different accounts, then the next login from it is RATE_LIMITED for up to a minute', async () => {
    for (let i = 0; i < 4; i++)
      await post(app, LOGIN, { email: `guess-${i}@throttle.test`, password: 'wrong-guess' });
    const refused = await post(app, LOGIN, { email: 'kim@throttle.test', password: 'candidate-password' });
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.errors?.[0]?.message).toMatch(/^too many attempts; try again in \d+ seconds$/);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
  });

  it('ignores X-Forwarded-For from a client that is no trusted proxy (the default): it cannot pose as another address', async () => {
    const refused = await post(
      app,
      LOGIN,
      { email: 'kim@throttle.test', password: 'candidate-password' },
      { 'x-forwarded-for': '203.0.113.9' },
    );
    expect(codeOf(refused)).toBe('RATE_LIMITED');
  });

  it('refuses over websockets too (graphql-ws runs mutations), without a header but with retryAfter', async () => {
    const client = app.wsClient();
    try {
      const result = await new Promise<{ errors?: readonly { extensions?: Record<string, unknown> }[] }>(
        (resolve, reject) => {
          let last: { errors?: readonly { extensions?: Record<string, unknown> }[] } = {};
          client.subscribe(
            { query: LOGIN, variables: { email: 'kim@throttle.test', password: 'candidate-password' } },
            { next: (value) => (last = value as typeof last), error: reject, complete: () => resolve(last) },
          );
        },
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'RATE_LIMITED',
        retryAfter: expect.any(Number),
      });
    } finally {
      await client.dispose();
    }
  });
});

describe('the client address behind a trusted proxy', () => {
  let app: TestServer;
  beforeAll(async () => {
    app = await startTestServer({
      env: { PIVOTAL_THROTTLE_LOGIN_ADDRESS: '2/1m', PIVOTAL_TRUST_PROXY: 'loopback' },
    });
  });
  afterAll(() => app.close({ removeData: true }));

  it('given the proxy on loopback is trusted, then each X-Forwarded-For address is counted on its own', async () => {
    const from = (address: string) => ({ 'x-forwarded-for': address });
    for (let i = 0; i < 2; i++)
      await post(app, LOGIN, { email: `a${i}@proxy.test`, password: 'wrong-guess' }, from('198.51.100.1'));
    expect(
      codeOf(
        await post(app, LOGIN, { email: 'b@proxy.test', password: 'wrong-guess' }, from('198.51.100.1')),
      ),
    ).toBe('RATE_LIMITED');
    expect(
      codeOf(
        await post(app, LOGIN, { email: 'b@proxy.test', password: 'wrong-guess' }, from('198.51.100.2')),
      ),
    ).toBe('UNAUTHENTICATED');
  });
});

describe('sign-up throttling', () => {
  let app: TestServer;
  beforeAll(async () => {
    app = await startTestServer({
      env: { PIVOTAL_THROTTLE_SIGNUP_EMAIL: '2/15m', PIVOTAL_THROTTLE_SIGNUP_ADDRESS: '5/1h' },
    });
  });
  afterAll(() => app.close({ removeData: true }));

  const input = (email: string) => ({ input: { email, password: 'candidate-password', name: 'Lee' } });

  it('given 2 sign-ups for one email, when a third comes, then RATE_LIMITED and nothing is appended', async () => {
    expect(dataOf(await post(app, SIGN_UP, input('lee@throttle.test')))).toHaveProperty('signUp.token');
    expect(codeOf(await post(app, SIGN_UP, input('lee@throttle.test')))).toBe('CONFLICT');
    const before = await app.pivotal.store.headPosition();
    const refused = await post(app, SIGN_UP, input('LEE@throttle.test'));
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(Number(refused.retryAfter)).toBeGreaterThan(14 * 60);
    expect(await app.pivotal.store.headPosition()).toBe(before);
  });

  it('given 5 sign-ups from one address, when another email signs up from it, then RATE_LIMITED and no account is made', async () => {
    // Three more attempts make five from this address (the two above count too).
    for (let i = 0; i < 3; i++)
      expect(dataOf(await post(app, SIGN_UP, input(`new-${i}@throttle.test`)))).toHaveProperty(
        'signUp.token',
      );
    const before = await app.pivotal.store.headPosition();
    const refused = await post(app, SIGN_UP, input('late@throttle.test'));
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(3600);
    expect(await app.pivotal.store.headPosition()).toBe(before);
    expect(app.pivotal.services.queries.accountByEmail('late@throttle.test')).toBeFalsy();
  });
});
