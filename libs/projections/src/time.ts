/** Read models keep instants as integer milliseconds since the epoch; queries answer ISO 8601. */
export const toMs = (iso: string): number => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO 8601 instant: ${iso}`);
  return ms;
};

export const toIso = (ms: number): string => new Date(ms).toISOString();

export const toIsoOrNull = (ms: number | null): string | null => (ms === null ? null : toIso(ms));

export const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/**
 * The ISO week (Monday to Sunday, UTC) an instant falls in, as a running index: consecutive ISO
 * weeks have consecutive indexes, across year ends too. 1970-01-01 was a Thursday of week 0.
 */
export const isoWeekIndex = (ms: number): number => Math.floor((Math.floor(ms / DAY_MS) + 3) / 7);

/**
 * Weeks in a row with activity, ending at the week of `now` or the week before it (a streak is not
 * broken until a whole week passes without activity). `weeksDescending` may hold any weeks.
 */
export const streakWeeks = (weeksDescending: Iterable<number>, now: number): number => {
  const current = isoWeekIndex(now);
  let expected: number | null = null;
  let streak = 0;
  for (const week of weeksDescending) {
    if (week > current) continue;
    if (expected === null) {
      if (week < current - 1) return 0;
      expected = week;
    }
    if (week !== expected) break;
    streak += 1;
    expected -= 1;
  }
  return streak;
};
