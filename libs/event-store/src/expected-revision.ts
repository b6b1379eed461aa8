import type { AppendResult, EventToAppend, ExpectedRevision, RecordedEvent } from './event-store';

/** The revision of a stream's last event, or 'no_stream' when it has none. */
export type CurrentRevision = bigint | 'no_stream';

/** True when a stream at `current` satisfies `expected`. */
export const expectationHolds = (expected: ExpectedRevision, current: CurrentRevision): boolean => {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return current === 'no_stream';
    case 'stream_exists':
      return current !== 'no_stream';
    default:
      return current === expected;
  }
};

/** An append whose event ids are already recorded, but not as a replay of the same append. */
export class DuplicateEventId extends Error {
  constructor(
    readonly streamId: string,
    readonly eventId: string,
  ) {
    super(`stream ${streamId}: event id ${eventId} is already recorded elsewhere`);
    this.name = 'DuplicateEventId';
  }
}

/**
 * When an append fails its expectation or reuses recorded ids, it may be a retry of an append that
 * already succeeded (same ids, same stream, same place): answer that append's result, as
 * EventStoreDB does, instead of an error. `found` holds the recorded event of each id, if any.
 */
export const replayedAppend = (
  streamId: string,
  events: readonly EventToAppend[],
  expected: ExpectedRevision,
  found: readonly (RecordedEvent | undefined)[],
): (AppendResult & { recorded: RecordedEvent[] }) | undefined => {
  const first = found[0];
  if (!first || found.length !== events.length) return undefined;
  const start = expected === 'no_stream' ? 0n : typeof expected === 'bigint' ? expected + 1n : first.revision;
  const isReplay = found.every(
    (event, i) => event !== undefined && event.streamId === streamId && event.revision === start + BigInt(i),
  );
  if (!isReplay) return undefined;
  const recorded = found as RecordedEvent[];
  const last = recorded[recorded.length - 1] as RecordedEvent;
  return { nextRevision: last.revision, position: last.position, recorded, replayed: true };
};
