import { describe, expect, it } from 'vitest';
import { createLagTracker, percentile } from './replicas-figures';

describe('the figures of the replicas benchmark', () => {
  it('takes nearest-rank percentiles', () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile(Array.from({ length: 100 }, (_, i) => i + 1), 99)).toBe(99);
    expect(percentile([], 99)).toBe(0);
  });

  it('measures each write from its acknowledgement to the first read of the other replica that shows it', () => {
    const lag = createLagTracker(2);
    lag.acked(0, 100);
    lag.acked(0, 110);
    lag.read(0, 1, 130); // the first write seen 30 ms after its ack
    lag.read(0, 2, 150); // the second 40 ms after
    lag.read(1, 1, 90); // seen before its ack arrived: no lag
    lag.acked(1, 95);
    lag.acked(1, 120); // never seen: lost
    expect(lag.figures()).toMatchObject({ writes: 4, lost: 1, lagP50Ms: 30, lagP99Ms: 40 });
  });
});
