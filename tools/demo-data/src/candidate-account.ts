import { streams } from '@pivotal/domain';
import type { TimedEvent } from './candidate-history';

/** Sign-ins for generated candidates: one shared password (hashed once by the caller) and an email per candidate. */
export interface GeneratedAccounts {
  /** The hash `AccountRegistered` carries for every generated candidate (the same password for all). */
  readonly passwordHash: string;
  /** The email of the n-th generated candidate (from 1), e.g. `candidate-1@demo.pivotal`. */
  readonly emailOf: (n: number) => string;
}

/**
 * The account of a generated candidate, registered the moment the candidate was, so that the
 * candidate can sign in with `emailOf(n)` and the shared password. Null when the history registers
 * no candidate (one who existed before).
 */
export const candidateAccount = (history: readonly TimedEvent[], passwordHash: string): TimedEvent | null => {
  const registered = history.find((timed) => timed.event.type === 'CandidateRegistered');
  if (!registered || registered.event.type !== 'CandidateRegistered') return null;
  const { candidateId, name, email, agencyId, registeredAt } = registered.event.data;
  return {
    streamId: streams.account(candidateId),
    at: registered.at,
    actorId: candidateId,
    event: {
      type: 'AccountRegistered',
      data: { accountId: candidateId, email, name, role: 'CANDIDATE', passwordHash, agencyId, registeredAt },
    },
  };
};
