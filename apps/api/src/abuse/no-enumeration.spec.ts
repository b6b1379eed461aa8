import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpCandidate } from '../testing/fixtures';
import { startTestServer, type TestServer } from '../testing/test-server';

const LOGIN =
  'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
const SIGN_UP = 'mutation ($input: SignUpInput!) { signUp(input: $input) { token } }';

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer({
    env: { PIVOTAL_THROTTLE_LOGIN_ACCOUNT: '1000/15m', PIVOTAL_THROTTLE_LOGIN_ADDRESS: '1000/1m' },
  });
  await signUpCandidate(app, 'max@enum.test');
  await app.pivotal.services.accounts.createAgency({ name: 'Enum', joinCode: 'ENUM' }, { now: new Date() });
  await app.pivotal.services.accounts.createStaff(
    {
      agencyCode: 'ENUM',
      email: 'coach@enum.test',
      name: 'Coach',
      role: 'STAFF',
      password: 'staff-password',
    },
    { now: new Date() },
  );
});
afterAll(() => app.close({ removeData: true }));

const timed = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const result = await run();
  return [result, performance.now() - started];
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

describe('login tells nobody which emails have an account', () => {
  it('answers an unknown email and a wrong password with the same message and code', async () => {
    const unknown = await app.gql(LOGIN, { email: 'nobody@enum.test', password: 'some-password' });
    const wrong = await app.gql(LOGIN, { email: 'max@enum.test', password: 'some-password' });
    expect(unknown.errors).toEqual(wrong.errors);
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'email or password is wrong',
      path: ['login'],
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(unknown.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(unknown.status).toBe(wrong.status);
  });

  it('takes about as long for an unknown email as for a wrong password (a decoy hash is checked)', async () => {
    const unknown: number[] = [];
    const wrong: number[] = [];
    for (let i = 0; i < 5; i++) {
      unknown.push(
        (await timed(() => app.gql(LOGIN, { email: `nobody-${i}@enum.test`, password: 'some-password' })))[1],
      );
      wrong.push(
        (await timed(() => app.gql(LOGIN, { email: 'max@enum.test', password: 'some-password' })))[1],
      );
    }
    // Without the decoy an unknown email answers in about a millisecond, tens of times faster than scrypt.
    expect(median(unknown)).toBeGreaterThan(median(wrong) * 0.4);
  });
});

describe('sign-up with a taken email', () => {
  it('answers CONFLICT with one message, the same for a candidate and a staff account: it says no more than that the email has an account', async () => {
    const input = (email: string) => ({ input: { email, password: 'violet-harbour-1843', name: 'Someone' } });
    const candidate = await app.gql(SIGN_UP, input('max@enum.test'));
    const staff = await app.gql(SIGN_UP, input('coach@enum.test'));
    expect(candidate.errors).toEqual(staff.errors);
    expect(candidate.errors?.[0]).toMatchObject({
      message: 'an account with this email already exists',
      path: ['signUp'],
    });
    expect(candidate.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT' });
  });
});
