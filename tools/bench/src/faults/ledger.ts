/**
 * What the event store must hold: for each (stream, event type), how many events acknowledged
 * writes appended. A write enters the ledger only once the client holds its acknowledgement.
 */
export interface Ledger {
  expect(streamId: string, type: string): void;
  /** Expected count per `stream\u0000type`. */
  readonly counts: ReadonlyMap<string, number>;
  readonly streams: ReadonlySet<string>;
}

export const ledgerKey = (streamId: string, type: string) => `${streamId}\u0000${type}`;

export const createLedger = (): Ledger => {
  const counts = new Map<string, number>();
  const streams = new Set<string>();
  return {
    expect(streamId, type) {
      const key = ledgerKey(streamId, type);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      streams.add(streamId);
    },
    counts,
    streams,
  };
};

/** Acknowledged events missing from the store, and events the store holds twice (or without any acknowledged write). */
export const compareWithStore = (
  ledger: Ledger,
  stored: ReadonlyMap<string, number>,
  /** Streams whose every event must be acknowledged (those the load wrote); others are only checked for what the ledger expects. */
  audited: (streamId: string) => boolean,
): { lost: number; doubled: number; problems: string[] } => {
  let lost = 0;
  let doubled = 0;
  const problems: string[] = [];
  for (const [key, expected] of ledger.counts) {
    const found = stored.get(key) ?? 0;
    if (found < expected) {
      lost += expected - found;
      problems.push(`lost: ${key.replace('\u0000', ' ')} ${found} of ${expected}`);
    }
  }
  for (const [key, found] of stored) {
    const [streamId = ''] = key.split('\u0000');
    if (!audited(streamId) && !ledger.streams.has(streamId)) continue;
    const expected = ledger.counts.get(key) ?? 0;
    if (found > expected) {
      doubled += found - expected;
      problems.push(`doubled: ${key.replace('\u0000', ' ')} ${found} for ${expected} acknowledged`);
    }
  }
  return { lost, doubled, problems };
};
