import { describe, expect, it } from 'vitest';
import { addWorkingDays } from './working-days';

const due = (from: string, days: number) => new Date(addWorkingDays(Date.parse(from), days)).toISOString();

describe('a promise in working days', () => {
  it('falls due the same time of day, days later, within a week', () =>
    expect(due('2026-11-23T10:00:00.000Z', 3)).toBe('2026-11-26T10:00:00.000Z'));

  it('skips the weekend: Friday afternoon plus one is Monday afternoon', () =>
    expect(due('2026-11-27T15:00:00.000Z', 1)).toBe('2026-11-30T15:00:00.000Z'));

  it('makes five working days a calendar week', () =>
    expect(due('2026-11-25T09:00:00.000Z', 5)).toBe('2026-12-02T09:00:00.000Z'));

  it('counts from the next Monday when asked on a Saturday', () =>
    expect(due('2026-11-28T09:00:00.000Z', 1)).toBe('2026-11-30T09:00:00.000Z'));
});
