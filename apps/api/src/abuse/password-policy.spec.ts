import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../demo/demo-accounts';
import { startTestServer, type TestServer } from '../testing/test-server';
import { assertAcceptablePassword } from './password-policy';

const SIGN_UP = 'mutation ($input: SignUpInput!) { signUp(input: $input) { token } }';

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer();
});
afterAll(() => app.close({ removeData: true }));

/** A sign-up with this password: its first error, and whether the store was left as it was. */
const signUpWith = async (email: string, password: string) => {
  const before = await app.pivotal.store.headPosition();
  const answer = await app.gql(SIGN_UP, { input: { email, password, name: 'Pat' } });
  return { error: answer.errors?.[0], unchanged: (await app.pivotal.store.headPosition()) === before };
};

describe('password policy at sign-up', () => {
  it('refuses a password shorter than 8 characters with BAD_USER_INPUT naming the field, and changes nothing', async () => {
    const { error, unchanged } = await signUpWith('short@policy.test', 'pa55wd!');
    expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'password' } });
    expect(error?.message).toMatch(/^password .*8 characters/);
    expect(unchanged).toBe(true);
  });

  it.each(['password1', 'iloveyou', 'Sunshine', 'QWERTYUIOP', 'trustno1'])(
    'refuses %s, a common breached password (whatever its case), with BAD_USER_INPUT naming the field, and changes nothing',
    async (password) => {
      const { error, unchanged } = await signUpWith(`common-${password}@policy.test`, password);
      expect(error).toMatchObject({
        message: 'password is one of the most common passwords, known from breaches: choose another',
        extensions: { code: 'BAD_USER_INPUT', field: 'password' },
      });
      expect(unchanged).toBe(true);
      expect(
        app.pivotal.services.queries.accountByEmail(`common-${password.toLowerCase()}@policy.test`),
      ).toBeFalsy();
    },
  );

  it('accepts a long enough password that is not on the list', async () => {
    const { error } = await signUpWith('fine@policy.test', 'violet-harbour-1843');
    expect(error).toBeUndefined();
  });

  it('holds the email of a refused sign-up for nobody: the same email signs up next with a good password', async () => {
    await signUpWith('retry@policy.test', 'password123');
    expect((await signUpWith('retry@policy.test', 'violet-harbour-1843')).error).toBeUndefined();
  });
});

describe('password policy for staff accounts made by the operator', () => {
  it('refuses a common password for a staff account, and registers nothing', async () => {
    const { accounts } = app.pivotal.services;
    await accounts.createAgency({ name: 'Policy', joinCode: 'POLICY' }, { now: new Date() });
    const create = accounts.createStaff(
      {
        agencyCode: 'POLICY',
        email: 'coach@policy.test',
        name: 'Coach',
        role: 'STAFF',
        password: 'football',
      },
      { now: new Date() },
    );
    await expect(create).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'password' } });
    expect(app.pivotal.services.queries.accountByEmail('coach@policy.test')).toBeFalsy();
  });
});

describe('the passwords the product ships with', () => {
  it('lets every demo account password pass the policy', async () => {
    for (const account of DEMO_ACCOUNTS)
      await expect(assertAcceptablePassword(account.password)).resolves.toBeUndefined();
  });
});
