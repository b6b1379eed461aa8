import { describe, expect, it } from 'vitest';
import { formatWaiting, hoursWaiting, urgencyLabel, urgencyOf } from './waiting-time';

describe('waiting time', () => {
  it('counts hours since the request', () => {
    expect(hoursWaiting('2026-11-25T10:00:00Z', new Date('2026-11-25T13:30:00Z'))).toBe(3.5);
    expect(hoursWaiting('2026-11-25T10:00:00Z', new Date('2026-11-25T09:00:00Z'))).toBe(0);
  });

  it('marks requests past 48 hours and past 7 days', () => {
    expect(urgencyOf(47.9)).toBe('fresh');
    expect(urgencyOf(48)).toBe('fresh');
    expect(urgencyOf(48.1)).toBe('overdue');
    expect(urgencyOf(168)).toBe('overdue');
    expect(urgencyOf(168.5)).toBe('stale');
    expect(urgencyLabel('fresh')).toBeNull();
    expect(urgencyLabel('overdue')).toBe('Over 48 hours');
    expect(urgencyLabel('stale')).toBe('Over 7 days');
  });

  it('says the waiting time in minutes, hours or days', () => {
    expect(formatWaiting(0.5)).toBe('30 min');
    expect(formatWaiting(5.9)).toBe('5 h');
    expect(formatWaiting(72)).toBe('3 d');
    expect(formatWaiting(76.2)).toBe('3 d 4 h');
  });
});
