import { randomUUID } from 'node:crypto';
import {
  accountDecider,
  agencyDecider,
  candidateDecider,
  email as validEmail,
  normalizeJoinCode,
  requiredText,
  streams,
  TEXT_LIMITS,
  type AccountRegistered,
  type Role,
} from '@pivotal/domain';
import type { ReadModelQueries } from '@pivotal/projections';
import type { Logger } from 'pino';
import { runCommand, type CommandServices } from '../commands/run-command';
import { badUserInput, conflict, unauthenticated } from '../graphql/errors';
import { decoyPasswordHash, hashPassword, verifyPassword } from '../auth/password';
import type { TokenService } from '../auth/tokens';
import type { ViewerIdentity } from '../auth/viewer-identity';
import { emailReservation, holderOf, joinCodeReservation, reserve } from './reservations';

export interface AccountServiceDeps extends CommandServices {
  readonly queries: ReadModelQueries;
  readonly tokens: TokenService;
  readonly log: Logger;
}

/** A signed-in viewer and its bearer token. */
export interface SignedIn {
  readonly token: string;
  readonly viewer: ViewerIdentity;
}

const WRONG_CREDENTIALS = 'email or password is wrong';

/** Sign-up, sign-in, and the operator's agencies and staff accounts. */
export const createAccountService = (deps: AccountServiceDeps) => {
  const { store, queries, tokens } = deps;

  /** The agency a join code names: its reservation, else the read model (agencies seeded by a generator). */
  const agencyIdByCode = async (code: string): Promise<string | null> =>
    (await holderOf(store, joinCodeReservation(code))) ?? queries.agencyByJoinCode(code)?.id ?? null;

  /** The account registered with an email, as its stream tells (passwords are checked against the stream). */
  const accountByEmail = async (email: string): Promise<AccountRegistered['data'] | null> => {
    const accountId = (await holderOf(store, emailReservation(email))) ?? queries.accountByEmail(email)?.id ?? null;
    if (!accountId) return null;
    const registered = (await store.readStream(streams.account(accountId))).find((e) => e.type === 'AccountRegistered');
    return registered ? (registered.data as AccountRegistered['data']) : null;
  };

  const claimEmail = async (email: string, accountId: string, meta: { actorId: string; now: Date; correlationId?: string }) => {
    if (queries.accountByEmail(email) || !(await reserve(store, emailReservation(email), accountId, meta))) {
      throw conflict('an account with this email already exists');
    }
  };

  const registerAccount = async (
    account: { accountId: string; email: string; name: string; role: Role; agencyId: string | null; password: string },
    meta: { actorId: string; now: Date; correlationId?: string },
  ) => {
    await claimEmail(account.email, account.accountId, meta);
    const { password, ...data } = account;
    return runCommand(
      deps,
      accountDecider,
      streams.account(account.accountId),
      { type: 'RegisterAccount', data: { ...data, passwordHash: await hashPassword(password), now: meta.now.toISOString() } },
      meta,
    );
  };

  const signedIn = async (viewer: ViewerIdentity): Promise<SignedIn> => ({ token: await tokens.issue(viewer), viewer });

  return {
    agencyIdByCode,

    /** A new candidate account (and candidate), optionally joining the agency of `agencyCode`. */
    async signUp(
      input: { email: string; password: string; name: string; agencyCode?: string | null },
      meta: { now: Date; correlationId?: string },
    ): Promise<SignedIn> {
      // Validate everything before claiming the email, so that a refused sign-up holds nothing.
      const email = validEmail(input.email, 'email');
      const name = requiredText(input.name, 'name', TEXT_LIMITS.name);
      let agencyId: string | null = null;
      if (input.agencyCode?.trim()) {
        agencyId = await agencyIdByCode(normalizeJoinCode(input.agencyCode, 'agencyCode'));
        if (!agencyId) throw badUserInput('agencyCode', 'names no agency');
      }
      const accountId = randomUUID();
      const as = { ...meta, actorId: accountId };
      await registerAccount({ accountId, email, name, role: 'CANDIDATE', agencyId, password: input.password }, as);
      await runCommand(
        deps,
        candidateDecider,
        streams.candidate(accountId),
        { type: 'RegisterCandidate', data: { candidateId: accountId, name, email, agencyId, now: meta.now.toISOString() } },
        as,
      );
      return signedIn({ accountId, email, role: 'CANDIDATE', agencyId });
    },

    /** Signs in; a wrong email and a wrong password are refused alike, in about the same time. */
    async login(emailInput: string, password: string): Promise<SignedIn> {
      const account = await accountByEmail(emailInput.trim().toLowerCase());
      const matches = await verifyPassword(password, account?.passwordHash ?? (await decoyPasswordHash));
      if (!account || !matches) throw unauthenticated(WRONG_CREDENTIALS);
      return signedIn({ accountId: account.accountId, email: account.email, role: account.role, agencyId: account.agencyId });
    },

    /** Founds an agency with a unique join code. */
    async createAgency(input: { name: string; joinCode: string }, meta: { now: Date; actorId?: string }) {
      const joinCode = normalizeJoinCode(input.joinCode, 'code');
      const agencyId = randomUUID();
      const as = { actorId: meta.actorId ?? 'system', now: meta.now };
      if ((await agencyIdByCode(joinCode)) || !(await reserve(store, joinCodeReservation(joinCode), agencyId, as))) {
        throw conflict(`an agency with the join code ${joinCode} already exists`);
      }
      await runCommand(
        deps,
        agencyDecider,
        streams.agency(agencyId),
        { type: 'CreateAgency', data: { agencyId, name: input.name, joinCode, now: meta.now.toISOString() } },
        as,
      );
      return { agencyId, joinCode };
    },

    /** A staff or analyst account of the agency of `agencyCode`. */
    async createStaff(
      input: { agencyCode: string; email: string; name: string; role: 'STAFF' | 'ANALYST'; password: string },
      meta: { now: Date; actorId?: string },
    ): Promise<ViewerIdentity> {
      const code = normalizeJoinCode(input.agencyCode, 'agency');
      const agencyId = await agencyIdByCode(code);
      if (!agencyId) throw badUserInput('agency', `code ${code} names no agency`);
      const email = validEmail(input.email, 'email');
      const name = requiredText(input.name, 'name', TEXT_LIMITS.name);
      const accountId = randomUUID();
      const as = { actorId: meta.actorId ?? 'system', now: meta.now };
      await registerAccount({ accountId, email, name, role: input.role, agencyId, password: input.password }, as);
      await runCommand(
        deps,
        agencyDecider,
        streams.agency(agencyId),
        { type: 'AddStaff', data: { agencyId, accountId, role: input.role, now: meta.now.toISOString() } },
        as,
      );
      return { accountId, email, role: input.role, agencyId };
    },
  };
};

export type AccountService = ReturnType<typeof createAccountService>;
