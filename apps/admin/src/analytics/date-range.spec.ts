import { describe, expect, it } from 'vitest';
import { allTime, csvFileName, describeRange, isBackwards, toDateRange } from './date-range';

describe('chart date ranges', () => {
  it('sends an open range as no bounds', () => {
    expect(toDateRange(allTime)).toEqual({});
    expect(describeRange(allTime)).toBe('all time');
  });

  it('includes the whole last day by ending at the next midnight, since the api excludes `to`', () => {
    expect(toDateRange({ from: '2026-11-01', to: '2026-11-25' })).toEqual({
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-11-26T00:00:00.000Z',
    });
  });

  it('notices a range that ends before it starts', () => {
    expect(isBackwards({ from: '2026-11-02', to: '2026-11-01' })).toBe(true);
    expect(isBackwards({ from: '2026-11-01', to: '' })).toBe(false);
  });

  it('names CSV files after the chart and range', () => {
    expect(csvFileName('funnel', { from: '2026-11-01', to: '' })).toBe('funnel-since-2026-11-01.csv');
    expect(csvFileName('themes', allTime)).toBe('themes-all-time.csv');
  });
});
