/** The bounds the domain holds every input to; the api and the clients may show them. */
export const TEXT_LIMITS = {
  company: 200,
  role: 200,
  stage: 200,
  title: 200,
  name: 200,
  email: 254,
  notes: 2000,
  summary: 2000,
  reason: 2000,
  reflection: 2000,
  pointNote: 1000,
  jobUrl: 2000,
  location: 200,
} as const;

/** A critique has at least one point and at most this many. */
export const MAX_FEEDBACK_POINTS = 20;

/** The self-rating of an interview, an integer on this scale. */
export const SELF_RATING = { min: 1, max: 5 } as const;

/** An agency join code: what candidates type, upper-cased. */
export const JOIN_CODE_PATTERN = /^[A-Z0-9-]{3,20}$/;

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** How far past `now` a thing that already happened may be dated (time zones, slow clocks). */
export const HAPPENED_MAX_AHEAD_MS = DAY_MS;
/** How far ahead an interview may be scheduled: a year (366 days, leap years included). */
export const SCHEDULED_MAX_AHEAD_MS = 366 * DAY_MS;
/** Nothing in Pivotal is dated before this. */
export const EARLIEST_DATE = '2000-01-01T00:00:00.000Z';

/** An agency's response-time target, in working days. */
export const RESPONSE_TARGET_DAYS = { min: 1, max: 60 } as const;
