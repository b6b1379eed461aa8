import { randomUUID } from 'node:crypto';
import { accountDecider, streams } from '@pivotal/domain';
import { handleCommand } from '@pivotal/event-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/password';
import { login } from '../testing/fixtures';
import { startTestServer, type TestServer } from '../testing/test-server';
import { ORPHANED_CLAIM_AFTER_MS } from './account-service';
import { emailReservation, holderOf, reserve } from './reservations';

const SIGN_UP = 'mutation ($input: SignUpInput!) { signUp(input: $input) { token viewer { id candidate { name } } } }';
const PASSWORD = 'a-long-enough-password';

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer();
});
afterAll(() => app.close({ removeData: true }));

const signUp = (email: string, password = PASSWORD) =>
  app.gql<{ signUp: { viewer: { id: string; candidate: { name: string } | null } } }>(SIGN_UP, { input: { email, password, name: 'Sam Crash' } });

/** What a sign-up leaves when the process dies right after claiming the email, `ageMs` ago. */
const crashAfterClaim = async (email: string, ageMs: number) => {
  const ghost = randomUUID();
  await reserve(app.pivotal.store, emailReservation(email), ghost, { actorId: ghost, now: new Date(Date.now() - ageMs) });
  return ghost;
};

/** What a sign-up leaves when the process dies after registering the account, before its candidate. */
const crashAfterAccount = async (email: string) => {
  const accountId = randomUUID();
  const now = new Date();
  await reserve(app.pivotal.store, emailReservation(email), accountId, { actorId: accountId, now });
  await handleCommand(
    app.pivotal.store,
    accountDecider,
    streams.account(accountId),
    {
      type: 'RegisterAccount',
      data: { accountId, email, name: 'Sam Crash', role: 'CANDIDATE', agencyId: null, passwordHash: await hashPassword(PASSWORD), now: now.toISOString() },
    },
    { actorId: accountId, occurredAt: now.toISOString() },
  );
  return accountId;
};

describe('a sign-up that crashed half-way', () => {
  it('given an email claimed by a sign-up that never registered its account, then a new sign-up takes the claim over', async () => {
    const email = 'orphan@crash.test';
    const ghost = await crashAfterClaim(email, ORPHANED_CLAIM_AFTER_MS + 1000);
    const answer = await signUp(email);
    expect(answer.errors).toBeUndefined();
    const accountId = answer.data?.signUp.viewer.id;
    expect(accountId).not.toBe(ghost);
    expect(await holderOf(app.pivotal.store, emailReservation(email))).toBe(accountId);
    const claims = await app.pivotal.store.readStream(emailReservation(email).streamId);
    expect(claims.map((e) => [e.type, (e.data as { ownerId: string }).ownerId])).toEqual([
      ['EmailReserved', ghost],
      ['EmailReleased', ghost],
      ['EmailReserved', accountId],
    ]);
    expect((await login(app, email, PASSWORD)).id).toBe(accountId);
  });

  it('given a claim made moments ago (a sign-up still in flight), then the new sign-up is refused and the claim stays', async () => {
    const email = 'inflight@crash.test';
    const pending = await crashAfterClaim(email, 0);
    const answer = await signUp(email);
    expect(answer.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await holderOf(app.pivotal.store, emailReservation(email))).toBe(pending);
  });

  it('given an account registered without its candidate, then signing up again with the same password finishes that sign-up', async () => {
    const email = 'half@crash.test';
    const accountId = await crashAfterAccount(email);
    const wrongPassword = await signUp(email, 'not-the-password-at-all');
    expect(wrongPassword.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const answer = await signUp(email);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.signUp.viewer).toEqual({ id: accountId, candidate: { name: 'Sam Crash' } });
    expect(await app.pivotal.store.readStream(streams.candidate(accountId))).toHaveLength(1);
    // Once finished, it is an account like any other: a third sign-up is refused.
    expect((await signUp(email)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
