import type { Command } from '../shared/event';
import type { Role } from '../shared/vocabulary';

/**
 * Open an account. `passwordHash` is computed by the api (scrypt); the domain never sees a password.
 * Candidates sign up themselves; staff and analysts are registered by an operator.
 */
export type RegisterAccount = Command<
  'RegisterAccount',
  {
    accountId: string;
    email: string;
    name: string;
    role: Role;
    passwordHash: string;
    agencyId: string | null;
    /** ISO 8601, the time the api received the command. */
    now: string;
  }
>;

export type AccountCommand = RegisterAccount;
