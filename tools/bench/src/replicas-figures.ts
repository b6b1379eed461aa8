/** The nearest-rank percentile of `values` (p in 0..100); 0 for no values. */
export const percentile = (values: readonly number[], p: number): number => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
};

/**
 * Cross-replica lag of each write: from the moment the replica written to acknowledged it to the
 * first read of the other replica that showed it (0 when the other showed it first). Writes of
 * one candidate are sequential, so a read showing `applied = n` shows the first n of them.
 */
export const createLagTracker = (candidates: number) => {
  const acked: number[][] = Array.from({ length: candidates }, () => []);
  const seen: number[][] = Array.from({ length: candidates }, () => []);
  const visible = Array.from({ length: candidates }, () => 0);
  return {
    /** The candidate's next write was acknowledged at `at`. */
    acked(candidate: number, at: number): void {
      (acked[candidate] as number[]).push(at);
    },
    /** A read of the other replica at `at` showed `applied` writes of the candidate (past the baseline). */
    read(candidate: number, applied: number, at: number): void {
      const seenAt = seen[candidate] as number[];
      while ((visible[candidate] as number) < applied) {
        seenAt.push(at);
        visible[candidate] = (visible[candidate] as number) + 1;
      }
    },
    figures() {
      const lags: number[] = [];
      let writes = 0;
      let lost = 0;
      for (let c = 0; c < candidates; c += 1) {
        const acks = acked[c] as number[];
        const seens = seen[c] as number[];
        writes += acks.length;
        acks.forEach((ack, k) => {
          const at = seens[k];
          if (at === undefined) lost += 1;
          else lags.push(Math.max(0, at - ack));
        });
      }
      return { writes, lost, lagP50Ms: Math.round(percentile(lags, 50) * 10) / 10, lagP99Ms: Math.round(percentile(lags, 99) * 10) / 10, lagMaxMs: Math.round(percentile(lags, 100) * 10) / 10 };
    },
  };
};
