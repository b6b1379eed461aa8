/** A date range as the form holds it: two `yyyy-mm-dd` days, either may be empty (open). */
export interface DayRange {
  from: string;
  to: string;
}

/** The range covering all time. */
export const allTime: DayRange = { from: '', to: '' };

const DAY_MS = 86_400_000;

/**
 * The api's DateRange for a day range: from the start of the first day, up to the start of the
 * day after the last (the api's `to` is exclusive), in UTC.
 */
export const toDateRange = (range: DayRange): { from?: string; to?: string } => {
  const result: { from?: string; to?: string } = {};
  if (range.from) result.from = new Date(`${range.from}T00:00:00.000Z`).toISOString();
  if (range.to) result.to = new Date(new Date(`${range.to}T00:00:00.000Z`).getTime() + DAY_MS).toISOString();
  return result;
};

/** Whether a range ends before it starts. */
export const isBackwards = (range: DayRange): boolean => Boolean(range.from && range.to && range.from > range.to);

/** The range in words, for headings and file names. */
export const describeRange = (range: DayRange): string =>
  range.from && range.to
    ? `${range.from} to ${range.to}`
    : range.from
      ? `since ${range.from}`
      : range.to
        ? `up to ${range.to}`
        : 'all time';

/** A file name for a chart's CSV over a range: `funnel-2026-01-01-to-2026-02-01.csv`. */
export const csvFileName = (chart: string, range: DayRange): string =>
  `${chart}-${describeRange(range).replaceAll(' ', '-')}.csv`;
