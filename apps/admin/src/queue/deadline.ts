const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const isWeekend = (ms: number): boolean => {
  const day = new Date(ms).getUTCDay();
  return day === 0 || day === 6;
};

/**
 * Whole working days (Monday to Friday, UTC) from `from` to `to`: how many times a day can be
 * added to `from`, counting only days that land on a weekday, before passing `to` — the api's
 * `addWorkingDays` read backwards.
 */
export const workingDaysBetween = (from: number, to: number): number => {
  let days = 0;
  for (let at = from + DAY_MS; at <= to; at += DAY_MS) if (!isWeekend(at)) days += 1;
  return days;
};

/** Working days begun from `from` until `to` is reached: the time left, rounded up (a day begun counts). */
export const workingDaysUntil = (from: number, to: number): number => {
  let days = 0;
  for (let at = from; at < to; ) {
    at += DAY_MS;
    if (!isWeekend(at)) days += 1;
  }
  return days;
};

/** Where a request stands against the agency's target: its words, and whether it is overdue. */
export interface Deadline {
  readonly overdue: boolean;
  readonly text: string;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** "2 working days left", "5 h left", "Overdue by 3 working days", "Overdue by 4 h"; null without a target. */
export const deadlineOf = (dueAt: string | null | undefined, now: Date): Deadline | null => {
  if (!dueAt) return null;
  const due = new Date(dueAt).getTime();
  const at = now.getTime();
  if (due >= at) {
    const days = due - at < DAY_MS ? 0 : workingDaysUntil(at, due);
    return { overdue: false, text: days >= 1 ? `${plural(days, 'working day')} left` : `${Math.max(1, Math.floor((due - at) / HOUR_MS))} h left` };
  }
  const days = workingDaysBetween(due, at);
  return { overdue: true, text: days >= 1 ? `Overdue by ${plural(days, 'working day')}` : `Overdue by ${Math.max(1, Math.floor((at - due) / HOUR_MS))} h` };
};
