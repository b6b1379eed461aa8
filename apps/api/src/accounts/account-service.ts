import { newEntityId } from '@pivotal/event-store';
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
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { runCommand, type CommandServices } from '../commands/run-command';
import { badUserInput, conflict, unauthenticated } from '../graphql/errors';
import { assertAcceptablePassword } from '../abuse/password-policy';
import { decoyPasswordHash, hashPassword, verifyPassword } from '../auth/password';
import type { TokenService } from '../auth/tokens';
import type { ViewerIdentity } from '../auth/viewer-identity';
import { claimOf, emailReservation, holderOf, joinCodeReservation, reserve, takeOver } from './reservations';

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

const isConflict = (error: unknown): boolean => error instanceof GraphQLError && error.extensions['code'] === 'CONFLICT';

/**
 * A claim on an email whose account is still unregistered this long after is a crashed sign-up's
 * (a sign-up in flight registers within its hashing and one append), and a new sign-up takes it over.
 */
export const ORPHANED_CLAIM_AFTER_MS = 10_000;

/** Sign-up, sign-in, and the operator's agencies and staff accounts. */
export const createAccountService = (deps: AccountServiceDeps) => {
  const { store, queries, tokens } = deps;

  /** The agency a join code names: its reservation, else the read model (agencies seeded by a generator). */
  const agencyIdByCode = async (code: string): Promise<string | null> =>
    (await holderOf(store, joinCodeReservation(code))) ?? queries.agencyByJoinCode(code)?.id ?? null;

  /** The account stream's registration, or null when the account never came to be. */
  const registrationOf = async (accountId: string): Promise<AccountRegistered['data'] | null> => {
    const registered = (await store.readStream(streams.account(accountId))).find((e) => e.type === 'AccountRegistered');
    return registered ? (registered.data as AccountRegistered['data']) : null;
  };

  /** The account registered with an email, as its stream tells (passwords are checked against the stream). */
  const accountByEmail = async (email: string): Promise<AccountRegistered['data'] | null> => {
    const accountId = (await holderOf(store, emailReservation(email))) ?? queries.accountByEmail(email)?.id ?? null;
    return accountId ? registrationOf(accountId) : null;
  };

  /**
   * Claims the email for `accountId`. A claim whose account was never registered, older than any
   * sign-up still in flight, was left by a sign-up that crashed in between: it is taken over.
   */
  const claimEmail = async (email: string, accountId: string, meta: { actorId: string; now: Date; correlationId?: string }) => {
    const reservation = emailReservation(email);
    if (queries.accountByEmail(email)) throw conflict('an account with this email already exists');
    if (await reserve(store, reservation, accountId, meta)) return;
    const claim = await claimOf(store, reservation);
    const orphaned =
      claim !== null &&
      meta.now.getTime() - claim.reservedAt.getTime() >= ORPHANED_CLAIM_AFTER_MS &&
      (await registrationOf(claim.holder)) === null;
    // An erasure releases the email; one that died before it did leaves the claim to an erased account.
    const erased = claim !== null && queries.isErased(claim.holder);
    if ((orphaned || erased) && claim && (await takeOver(store, reservation, claim.holder, accountId, meta))) {
      deps.log.warn({ previous: claim.holder, accountId }, 'took over an email claim whose account never registered or was erased');
      return;
    }
    throw conflict('an account with this email already exists');
  };

  const registerAccount = async (
    account: { accountId: string; email: string; name: string; role: Role; agencyId: string | null; password: string },
    meta: { actorId: string; now: Date; correlationId?: string },
  ) => {
    await assertAcceptablePassword(account.password);
    await claimEmail(account.email, account.accountId, meta);
    const { password, ...data } = account;
    const passwordHash = await hashPassword(password);
    // Hashing takes a while: register only while the claim is still this account's.
    if ((await holderOf(store, emailReservation(account.email))) !== account.accountId) {
      throw conflict('an account with this email already exists');
    }
    return runCommand(
      deps,
      accountDecider,
      streams.account(account.accountId),
      { type: 'RegisterAccount', data: { ...data, passwordHash, now: meta.now.toISOString() } },
      meta,
    );
  };

  /** Whether the account was erased: the read models say so, or (not projected yet) its candidate stream. */
  const isErased = async (accountId: string): Promise<boolean> =>
    queries.isErased(accountId) ||
    (await store.readStream(streams.candidate(accountId))).some((event) => event.type === 'CandidateErased');

  const signedIn = async (viewer: ViewerIdentity): Promise<SignedIn> => ({ token: await tokens.issue(viewer), viewer });

  const registerCandidate = (
    candidate: { accountId: string; name: string; email: string; agencyId: string | null },
    meta: { actorId: string; now: Date; correlationId?: string },
  ) =>
    runCommand(
      deps,
      candidateDecider,
      streams.candidate(candidate.accountId),
      {
        type: 'RegisterCandidate',
        data: { candidateId: candidate.accountId, name: candidate.name, email: candidate.email, agencyId: candidate.agencyId, now: meta.now.toISOString() },
      },
      meta,
    );

  /**
   * A sign-up sent again after one that crashed between registering the account and its
   * candidate: with the same password, it finishes that one instead of refusing the email.
   */
  const resumeSignUp = async (email: string, password: string, meta: { now: Date; correlationId?: string }): Promise<SignedIn | null> => {
    const holder = await holderOf(store, emailReservation(email));
    const account = holder ? await registrationOf(holder) : null;
    if (!account || account.role !== 'CANDIDATE') return null;
    if ((await store.readStream(streams.candidate(account.accountId))).length > 0) return null;
    if (!(await verifyPassword(password, account.passwordHash))) return null;
    await registerCandidate(account, { ...meta, actorId: account.accountId });
    deps.log.warn({ accountId: account.accountId }, 'finished a sign-up that had registered its account but not its candidate');
    return signedIn({ accountId: account.accountId, email: account.email, role: 'CANDIDATE', agencyId: account.agencyId });
  };

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
      const accountId = newEntityId();
      const as = { ...meta, actorId: accountId };
      try {
        await registerAccount({ accountId, email, name, role: 'CANDIDATE', agencyId, password: input.password }, as);
      } catch (error) {
        const resumed = isConflict(error) ? await resumeSignUp(email, input.password, meta) : null;
        if (resumed) return resumed;
        throw error;
      }
      await registerCandidate({ accountId, name, email, agencyId }, as);
      return signedIn({ accountId, email, role: 'CANDIDATE', agencyId });
    },

    /** Signs in; a wrong email and a wrong password are refused alike, in about the same time. */
    async login(emailInput: string, password: string): Promise<SignedIn> {
      const account = await accountByEmail(emailInput.trim().toLowerCase());
      const matches = await verifyPassword(password, account?.passwordHash ?? (await decoyPasswordHash));
      if (!account || !matches || (await isErased(account.accountId))) throw unauthenticated(WRONG_CREDENTIALS);
      return signedIn({ accountId: account.accountId, email: account.email, role: account.role, agencyId: account.agencyId });
    },

    /** Founds an agency with a unique join code. */
    async createAgency(input: { name: string; joinCode: string }, meta: { now: Date; actorId?: string }) {
      const joinCode = normalizeJoinCode(input.joinCode, 'code');
      const agencyId = newEntityId();
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
      const accountId = newEntityId();
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
