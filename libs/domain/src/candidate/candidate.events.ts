import type { Event } from '../shared/event';
import type { CalendarFeedReset } from './calendar-feed.events';

/** The candidate's id is the id of the account it signed up with. */
export type CandidateRegistered = Event<
  'CandidateRegistered',
  { candidateId: string; name: string; email: string; agencyId: string | null; registeredAt: string }
>;

export type CandidateEvent = CandidateRegistered | CalendarFeedReset;
