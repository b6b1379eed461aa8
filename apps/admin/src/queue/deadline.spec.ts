import { describe, expect, it } from 'vitest';
import { deadlineOf, workingDaysBetween } from './deadline';

// 2026-12-04 is a Friday.
const at = (iso: string) => new Date(iso).getTime();

describe('a request against the response target', () => {
  it('counts working days only: Friday to Monday is one', () => {
    expect(workingDaysBetween(at('2026-12-04T15:00:00Z'), at('2026-12-07T15:00:00Z'))).toBe(1);
    expect(workingDaysBetween(at('2026-12-04T15:00:00Z'), at('2026-12-07T14:59:00Z'))).toBe(0);
    expect(workingDaysBetween(at('2026-12-01T09:00:00Z'), at('2026-12-08T09:00:00Z'))).toBe(5);
  });

  it('says a request just made under a 5-day target has 5 working days left, not 4', () => {
    // Monday 22:53 plus 5 working days is the next Monday 22:53; a few seconds later, 5 days are still begun.
    expect(deadlineOf('2026-12-14T22:53:00Z', new Date('2026-12-07T22:53:05Z'))).toEqual({ overdue: false, text: '5 working days left' });
  });

  it('says the time left in working days, or in hours on the last day', () => {
    expect(deadlineOf('2026-12-09T10:00:00Z', new Date('2026-12-04T10:00:00Z'))).toEqual({ overdue: false, text: '3 working days left' });
    expect(deadlineOf('2026-12-07T10:00:00Z', new Date('2026-12-04T10:00:00Z'))).toEqual({ overdue: false, text: '1 working day left' });
    expect(deadlineOf('2026-12-07T10:00:00Z', new Date('2026-12-07T04:30:00Z'))).toEqual({ overdue: false, text: '5 h left' });
  });

  it('says how long overdue, in working days once a whole one passed', () => {
    expect(deadlineOf('2026-12-04T10:00:00Z', new Date('2026-12-08T11:00:00Z'))).toEqual({ overdue: true, text: 'Overdue by 2 working days' });
    expect(deadlineOf('2026-12-04T10:00:00Z', new Date('2026-12-04T13:00:00Z'))).toEqual({ overdue: true, text: 'Overdue by 3 h' });
  });

  it('says nothing while the agency has no target', () => expect(deadlineOf(null, new Date())).toBeNull());
});
