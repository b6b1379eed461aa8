import type { Event } from '../shared/event';
import type { CalendarFeedReset } from './calendar-feed.events';

/** The candidate's id is the id of the account it signed up with. */
export type CandidateRegistered = Event<
  'CandidateRegistered',
  { candidateId: string; name: string; email: string; agencyId: string | null; registeredAt: string }
>;

/**
 * The candidate was erased: the keys of `candidateId` and `accountId` are forgotten (every personal
 * field of their events reads as erased from then on), the read models drop their words, and the
 * account can no longer sign in. `erasedBy` is who erased (the candidate, or a staff member);
 * `reason` is null for a self-erasure and the staff member's justification otherwise.
 */
export type CandidateErased = Event<
  'CandidateErased',
  { candidateId: string; accountId: string; erasedBy: string; reason: string | null; erasedAt: string }
>;

export type CandidateEvent = CandidateRegistered | CandidateErased | CalendarFeedReset;
