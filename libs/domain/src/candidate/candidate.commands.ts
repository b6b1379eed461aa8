import type { Command } from '../shared/event';

/** A candidate signs up; `candidateId` is the id of the account it signed up with. */
export type RegisterCandidate = Command<
  'RegisterCandidate',
  { candidateId: string; name: string; email: string; agencyId: string | null; now: string }
>;

/**
 * Erase a candidate (GDPR art. 17): the candidate themselves (`erasedBy` is their own account,
 * `reason` null) or a staff member of their agency (`erasedBy` is the staff account, `reason`
 * required). `accountId` is the account the candidate signs in with.
 */
export type EraseCandidate = Command<
  'EraseCandidate',
  { candidateId: string; accountId: string; erasedBy: string; reason: string | null; now: string }
>;

/** The candidate revokes its calendar feed's URL and gets a new one. */
export type ResetCalendarFeed = Command<
  'ResetCalendarFeed',
  { candidateId: string; actorId: string; now: string }
>;

export type CandidateCommand = RegisterCandidate | EraseCandidate | ResetCalendarFeed;
