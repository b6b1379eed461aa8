import { useEffect, useState } from 'react';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** `25 Nov 2026`; an empty string for a missing or unreadable date. */
export const formatDate = (iso: string | null | undefined): string => {
  const date = iso ? new Date(iso) : null;
  return date && !Number.isNaN(date.getTime()) ? dateFormat.format(date) : '';
};

/** `25 Nov 2026, 14:05`. */
export const formatDateTime = (iso: string | null | undefined): string => {
  const date = iso ? new Date(iso) : null;
  return date && !Number.isNaN(date.getTime()) ? dateTimeFormat.format(date) : '';
};

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;

/** How long something has been going on, in the largest whole unit: `less than an hour`, `5 hours`, `2 days`. */
export const formatDuration = (fromIso: string, nowMs: number): string => {
  const hours = Math.floor((nowMs - new Date(fromIso).getTime()) / 3_600_000);
  if (!Number.isFinite(hours) || hours < 1) return 'less than an hour';
  if (hours < 48) return plural(hours, 'hour');
  const days = Math.floor(hours / 24);
  return days < 14 ? plural(days, 'day') : plural(Math.floor(days / 7), 'week');
};

/** Today as `YYYY-MM-DD` in the user's time zone, for date inputs. */
export const todayForInput = (now = new Date()): string => {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
};

/** A `YYYY-MM-DD` date input as an ISO instant (local noon, so the day survives time zones); `undefined` when empty. */
export const dateInputToIso = (value: string): string | undefined => {
  if (!value) return undefined;
  const date = new Date(`${value}T12:00:00`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
};

/** The current time, refreshed every `intervalMs` while the component is on screen. */
export const useNow = (intervalMs = 60_000): number => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
};
