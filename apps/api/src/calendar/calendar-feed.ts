import type { CalendarEntry } from '@pivotal/projections';
import ical from 'ical-generator';

const MINUTE_MS = 60_000;
/** How long an entry lasts in the calendar: an interview an hour, a follow-up a short slot. */
const DURATION_MS = { INTERVIEW: 60 * MINUTE_MS, FOLLOW_UP: 30 * MINUTE_MS } as const;

/**
 * A candidate's interviews and follow-ups as an iCalendar (RFC 5545) document: times in UTC, one
 * VEVENT per entry with a UID that stays the same across reads and edits (so a calendar app updates
 * the event instead of adding another), DTSTAMP the instant the feed was generated, and a link to
 * the application in the web app.
 */
export const calendarFeed = (
  entries: readonly CalendarEntry[],
  options: { now: Date; webOrigin: string },
): string => {
  const calendar = ical({
    name: 'Pivotal: interviews and follow-ups',
    prodId: { company: 'Pivotal', product: 'Pivotal tracker', language: 'EN' },
    // Calendar apps poll a subscribed feed; an hour is a polite hint.
    ttl: 60 * 60,
  });
  for (const entry of entries) {
    const start = new Date(entry.startsAt);
    calendar.createEvent({
      id: `${entry.uid}@pivotal`,
      start,
      end: new Date(start.getTime() + DURATION_MS[entry.kind]),
      stamp: options.now,
      summary: entry.summary,
      description: entry.description,
      url: `${options.webOrigin}/applications/${encodeURIComponent(entry.applicationId)}`,
    });
  }
  return calendar.toString();
};
