import { candidateDecider, streams, type AccountRegistered } from '@pivotal/domain';
import type { ReadModelQueries } from '@pivotal/projections';
import type { Logger } from 'pino';
import { verifyPassword } from '../auth/password';
import type { ViewerIdentity } from '../auth/viewer-identity';
import { runCommand, type CommandServices } from '../commands/run-command';
import { forbidden, notFound, unauthenticated } from '../graphql/errors';
import { emailReservation, release } from './reservations';

export interface ErasureServiceDeps extends CommandServices {
  readonly queries: ReadModelQueries;
  readonly log: Logger;
}

interface ErasureMeta {
  readonly now: Date;
  readonly correlationId?: string;
}

/**
 * Erasure (GDPR art. 17): one `CandidateErased` on the candidate's stream, which forgets the
 * person's keys (the crypto-shredding store) and, once projected, blanks their read-model rows and
 * refuses their tokens and sign-ins; then their email is released for a new sign-up. The email is
 * read before the erasure, while it can still be read. If the process dies between the two, the
 * next sign-up with that email takes the erased account's claim over (see the account service).
 */
export const createErasureService = (deps: ErasureServiceDeps) => {
  const { store, queries } = deps;

  const registrationOf = async (accountId: string): Promise<AccountRegistered['data'] | null> => {
    const registered = (await store.readStream(streams.account(accountId))).find((e) => e.type === 'AccountRegistered');
    return registered ? (registered.data as AccountRegistered['data']) : null;
  };

  const erase = async (candidateId: string, erasedBy: string, reason: string | null, meta: ErasureMeta): Promise<void> => {
    const account = await registrationOf(candidateId);
    await runCommand(
      deps,
      candidateDecider,
      streams.candidate(candidateId),
      { type: 'EraseCandidate', data: { candidateId, accountId: candidateId, erasedBy, reason, now: meta.now.toISOString() } },
      { actorId: erasedBy, now: meta.now, ...(meta.correlationId ? { correlationId: meta.correlationId } : {}) },
    );
    if (account) await release(store, emailReservation(account.email), candidateId, { ...meta, actorId: erasedBy });
    deps.log.info({ candidateId, erasedBy, bySelf: erasedBy === candidateId }, 'erased a candidate');
  };

  return {
    /** The signed-in candidate erases themselves; the password is checked again. */
    async eraseMyAccount(viewer: ViewerIdentity, password: string, meta: ErasureMeta): Promise<void> {
      const account = await registrationOf(viewer.accountId);
      if (!account || !(await verifyPassword(password, account.passwordHash))) throw unauthenticated('the password is wrong');
      await erase(viewer.accountId, viewer.accountId, null, meta);
    },

    /** Staff of the candidate's agency erase them, and say why. */
    async eraseCandidate(viewer: ViewerIdentity, candidateId: string, reason: string, meta: ErasureMeta): Promise<void> {
      const candidate = queries.candidateById(candidateId, meta.now);
      if (!candidate) throw notFound('candidate', candidateId);
      if (viewer.agencyId === null || candidate.agencyId !== viewer.agencyId) {
        throw forbidden('only staff of the candidate agency may erase them');
      }
      await erase(candidateId, viewer.accountId, reason, meta);
    },
  };
};

export type ErasureService = ReturnType<typeof createErasureService>;
