import type { RemindersQuery, ResultOf } from '@pivotal/client';

export type Reminder = ResultOf<typeof RemindersQuery>['reminders'][number];

const WEEK_MS = 7 * 86_400_000;

/** Whether a reminder is due before `nowMs` (the api marks it when it answers; time moves on since). */
export const isOverdue = (reminder: Reminder, nowMs: number): boolean =>
  reminder.overdue || Date.parse(reminder.dueAt) < nowMs;

/** The reminders to show at the top of the dashboard: those past due, and those due in the next seven days. */
export const groupReminders = (reminders: readonly Reminder[], nowMs: number) => ({
  overdue: reminders.filter((r) => isOverdue(r, nowMs)),
  thisWeek: reminders.filter((r) => !isOverdue(r, nowMs) && Date.parse(r.dueAt) < nowMs + WEEK_MS),
});
