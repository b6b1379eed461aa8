import { describe, expect, it } from 'vitest';
import { groupReminders, type Reminder } from './reminder-groups';

const now = Date.parse('2026-12-07T12:00:00.000Z');
const reminder = (dueAt: string, overdue = false): Reminder => ({
  applicationId: dueAt,
  dueAt,
  note: 'Email the recruiter',
  overdue,
  kind: 'FOLLOW_UP',
});

describe('grouping reminders for the dashboard', () => {
  it('puts what is past due under overdue, the next seven days under this week, and leaves later ones out', () => {
    const { overdue, thisWeek } = groupReminders(
      [
        reminder('2026-12-01T09:00:00.000Z', true),
        reminder('2026-12-07T11:00:00.000Z'),
        reminder('2026-12-08T09:00:00.000Z'),
        reminder('2026-12-14T11:59:00.000Z'),
        reminder('2026-12-20T09:00:00.000Z'),
      ],
      now,
    );
    expect(overdue.map((r) => r.dueAt)).toEqual(['2026-12-01T09:00:00.000Z', '2026-12-07T11:00:00.000Z']);
    expect(thisWeek.map((r) => r.dueAt)).toEqual(['2026-12-08T09:00:00.000Z', '2026-12-14T11:59:00.000Z']);
  });
});
