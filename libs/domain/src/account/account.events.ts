import type { Event } from '../shared/event';
import type { Role } from '../shared/vocabulary';

/** An account signs in. Candidates sign up themselves; staff and analysts are created by an operator. */
export type AccountRegistered = Event<
  'AccountRegistered',
  {
    accountId: string;
    email: string; // lower-cased
    name: string;
    role: Role;
    /** scrypt hash with its salt, `scrypt$N$r$p$salt$hash`; never the password. */
    passwordHash: string;
    agencyId: string | null;
    registeredAt: string;
  }
>;

export type AccountEvent = AccountRegistered;
