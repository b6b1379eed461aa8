import type { AppendResult, EventStore, EventToAppend, ExpectedRevision, RecordedEvent } from './event-store';
import { WrongExpectedRevision } from './event-store';
import { createAppendNotifier } from './append-notifier';
import { catchUpSubscription } from './catch-up-subscription';
import { DuplicateEventId, expectationHolds, replayedAppend } from './expected-revision';
import { integerPositionFromString, integerPositionToString } from './integer-position';

/** Data round-trips through JSON, as in every durable adapter, so tests catch what would not survive. */
const stored = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * An event store held in this process's memory, for fast unit tests. Positions start at 0 and
 * follow the order of appends; it behaves as the durable adapters do (the same contract suite).
 */
export const createMemoryEventStore = (): EventStore => {
  const log: RecordedEvent[] = [];
  const streams = new Map<string, RecordedEvent[]>();
  const byId = new Map<string, RecordedEvent>();
  const notifier = createAppendNotifier();
  const closing = new AbortController();

  const append = (
    streamId: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): AppendResult => {
    const stream = streams.get(streamId) ?? [];
    const last = stream[stream.length - 1];
    const current = last ? last.revision : 'no_stream';
    const duplicate = events.find((event) => byId.has(event.id));
    if (!expectationHolds(expected, current) || duplicate) {
      const replay = replayedAppend(
        streamId,
        events,
        expected,
        events.map((event) => byId.get(event.id)),
      );
      if (replay) return replay;
      if (duplicate && expectationHolds(expected, current))
        throw new DuplicateEventId(streamId, duplicate.id);
      throw new WrongExpectedRevision(streamId, expected, current);
    }
    if (events.length === 0)
      return { nextRevision: last?.revision ?? -1n, position: BigInt(log.length - 1), recorded: [] };
    const firstRevision = last ? last.revision + 1n : 0n;
    const recorded = events.map((event, i): RecordedEvent => ({
      id: event.id,
      streamId,
      revision: firstRevision + BigInt(i),
      position: BigInt(log.length + i),
      type: event.type,
      data: stored(event.data),
      metadata: stored(event.metadata),
    }));
    log.push(...recorded);
    stream.push(...recorded);
    streams.set(streamId, stream);
    for (const event of recorded) byId.set(event.id, event);
    notifier.notify();
    const end = recorded[recorded.length - 1] as RecordedEvent;
    return { nextRevision: end.revision, position: end.position, recorded };
  };

  const readAfter = (after: bigint, limit: number): RecordedEvent[] =>
    log.slice(Number(after) + 1, Number(after) + 1 + limit);

  return {
    append: async (streamId, events, expected) => append(streamId, events, expected),
    readStream: async (streamId) => [...(streams.get(streamId) ?? [])],
    readAll: async ({ from, limit }) => {
      const start = from === undefined || from < 0n ? 0 : Number(from);
      const events = log.slice(start, start + limit);
      const next = start + limit < log.length ? BigInt(start + limit) : null;
      return { events, next };
    },
    subscribe: (options) =>
      catchUpSubscription({ readAfter, notifier, closed: closing.signal, pageSize: 256 }, options),
    headPosition: async () => BigInt(log.length - 1),
    positionToString: integerPositionToString,
    positionFromString: integerPositionFromString,
    close: async () => closing.abort(),
  };
};
