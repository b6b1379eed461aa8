import type { Command } from '../shared/event';

/** A candidate signs up; `candidateId` is the id of the account it signed up with. */
export type RegisterCandidate = Command<
  'RegisterCandidate',
  { candidateId: string; name: string; email: string; agencyId: string | null; now: string }
>;

/** The candidate revokes its calendar feed's URL and gets a new one. */
export type ResetCalendarFeed = Command<
  'ResetCalendarFeed',
  { candidateId: string; actorId: string; now: string }
>;

export type CandidateCommand = RegisterCandidate | ResetCalendarFeed;
