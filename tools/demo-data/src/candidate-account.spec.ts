import type { EventToAppend } from '@pivotal/event-store';
import { describe, expect, it } from 'vitest';
import { generateHistory, type HistoryOptions } from './generate-history';

const options: HistoryOptions = { seed: 5, now: '2026-11-25T12:00:00.000Z', agencyId: 'agency-1', candidates: 20 };
const eventsOf = (o: HistoryOptions) => [...generateHistory(o)].flatMap((batch) => batch.events);
const data = (e: EventToAppend) => e.data as Record<string, unknown>;
const accounts = { passwordHash: 'scrypt$test-hash', emailOf: (n: number) => `candidate-${n}@demo.pivotal` };

describe('generated candidates who can sign in', () => {
  it('given accounts, then every new candidate has an account with its email, the shared hash and its agency', () => {
    const events = eventsOf({ ...options, accounts });
    const registered = events.filter((e) => e.type === 'CandidateRegistered');
    const accountsMade = events.filter((e) => e.type === 'AccountRegistered');
    expect(accountsMade).toHaveLength(20);
    expect(registered.map((e) => data(e).email)).toEqual(Array.from({ length: 20 }, (_, i) => `candidate-${i + 1}@demo.pivotal`));
    for (const candidate of registered) {
      const account = accountsMade.find((e) => data(e).accountId === data(candidate).candidateId);
      expect(account && data(account)).toEqual({
        accountId: data(candidate).candidateId,
        email: data(candidate).email,
        name: data(candidate).name,
        role: 'CANDIDATE',
        passwordHash: 'scrypt$test-hash',
        agencyId: 'agency-1',
        registeredAt: data(candidate).registeredAt,
      });
    }
  });

  it('given accounts, then the rest of the history is the same as without them', () => {
    const without = eventsOf(options).filter((e) => e.type !== 'CandidateRegistered');
    const withAccounts = eventsOf({ ...options, accounts }).filter((e) => e.type !== 'CandidateRegistered' && e.type !== 'AccountRegistered');
    expect(withAccounts.map((e) => [e.type, e.data])).toEqual(without.map((e) => [e.type, e.data]));
  });

  it('gives no account to a candidate who existed before', () => {
    const events = eventsOf({ ...options, candidates: 0, existingCandidateIds: ['cand-known'], accounts });
    expect(events.some((e) => e.type === 'AccountRegistered')).toBe(false);
    expect(events.some((e) => e.type === 'JobApplied')).toBe(true);
  });
});
