import { describe, expect, it } from 'vitest';
import { FEEDBACK_HOURS_BUCKETS, histogram } from './analytics.queries';

describe('the time-to-feedback histogram', () => {
  it('ends with a bucket that has no upper bound', () => {
    expect(FEEDBACK_HOURS_BUCKETS.at(-1)).toBeNull();
    expect(histogram([]).at(-1)).toEqual({ upToHours: null, count: 0 });
  });

  it('counts a wait beyond two weeks, however long, in that last bucket', () => {
    expect(histogram([10, 24, 25, 400, 1e9])).toEqual([
      { upToHours: 24, count: 2 },
      { upToHours: 48, count: 1 },
      { upToHours: 72, count: 0 },
      { upToHours: 168, count: 0 },
      { upToHours: 336, count: 0 },
      { upToHours: null, count: 2 },
    ]);
  });
});
