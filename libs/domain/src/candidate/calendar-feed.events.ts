import type { Event } from '../shared/event';

/**
 * The candidate's calendar feed got a new private URL: the api signs the URL with `version`, so
 * every URL of an earlier version stops answering. No token is stored, only this number.
 */
export type CalendarFeedReset = Event<
  'CalendarFeedReset',
  { candidateId: string; version: number; resetAt: string }
>;
