const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

/** A timestamp as "25 Nov 2026, 14:05" (UTC), or a dash when absent. */
export const formatDateTime = (value: string | null | undefined): string =>
  value ? dateTime.format(new Date(value)) : '—';

/** A day as "25 Nov 2026" (UTC), or a dash when absent. */
export const formatDate = (value: string | null | undefined): string => (value ? date.format(new Date(value)) : '—');

/** A share as a percentage with no decimals, or "no data" when it cannot be computed. */
export const formatRate = (value: number | null | undefined): string =>
  value === null || value === undefined ? 'no data' : `${Math.round(value * 100)}%`;
