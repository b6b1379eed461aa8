import {
  ANY,
  BACKWARDS,
  END,
  EventStoreDBClient,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  WrongExpectedVersionError,
  excludeSystemEvents,
  jsonEvent,
  type AllStreamRecordedEvent,
  type AppendExpectedRevision,
  type JSONType,
  type RecordedEvent as EsdbRecordedEvent,
} from '@eventstore/db-client';
import type { EventMetadata } from '@pivotal/domain';
import type {
  EventStore,
  ExpectedRevision,
  ReadAllPage,
  RecordedEvent,
  SubscribeOptions,
} from './event-store';
import { WrongExpectedRevision } from './event-store';
import {
  decodePosition,
  encodePosition,
  eventStoreDbPositionFromString,
  eventStoreDbPositionToString,
} from './eventstoredb-position';

const toEsdbRevision = (expected: ExpectedRevision): AppendExpectedRevision => {
  switch (expected) {
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    case 'any':
      return ANY;
    default:
      return expected;
  }
};

/** System streams and events (`$…`) are EventStoreDB's own, never Pivotal's. */
const isOurs = (event: EsdbRecordedEvent | undefined): event is EsdbRecordedEvent =>
  event !== undefined && !event.type.startsWith('$') && !event.streamId.startsWith('$');

const toRecorded = (event: EsdbRecordedEvent): RecordedEvent => {
  if (!event.position)
    throw new Error('EventStoreDB did not report event positions: it needs server 22.6 or later');
  return {
    id: event.id,
    streamId: event.streamId,
    revision: event.revision,
    position: encodePosition(event.position),
    type: event.type,
    data: event.isJson ? event.data : JSON.parse(Buffer.from(event.data as Uint8Array).toString('utf8')),
    metadata: (event.isJson
      ? event.metadata
      : JSON.parse(Buffer.from(event.metadata as Uint8Array).toString('utf8'))) as EventMetadata,
  };
};

/** Events read from $all per request. */
const CHUNK = 500;

/**
 * The event store of a deployment past one machine: an EventStoreDB node or cluster
 * (`esdb://host:2113?tls=false`). Expected revisions map onto the server's; event ids are the
 * given ones, so the server's own de-duplication agrees with the command handler's idempotency.
 */
export const createEventStoreDbEventStore = (connectionString: string): EventStore => {
  const client = EventStoreDBClient.connectionString(connectionString);
  const closing = new AbortController();

  /** A stream's events from a revision on (at most `count`); none when the stream does not exist. */
  const readRevisions = async (
    streamId: string,
    fromRevision: bigint,
    count?: number,
  ): Promise<RecordedEvent[]> => {
    const events: RecordedEvent[] = [];
    try {
      const reading = client.readStream(streamId, {
        fromRevision,
        ...(count === undefined ? {} : { maxCount: count }),
      });
      for await (const { event } of reading) if (event) events.push(toRecorded(event));
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  };

  /** Pivotal's events of $all at or after `from`, until `enough` of them or the end of the log. */
  const readForward = async (from: bigint | undefined, enough: number): Promise<RecordedEvent[]> => {
    const events: RecordedEvent[] = [];
    let cursor = from;
    let seen = -1n;
    for (;;) {
      let read = 0;
      const before = seen;
      const reading = client.readAll({
        fromPosition: cursor === undefined ? START : decodePosition(cursor),
        maxCount: CHUNK,
      });
      for await (const { event } of reading) {
        read += 1;
        if (!event) continue;
        const position = encodePosition(event.position);
        // Resuming from the last event read: skip what was seen, whatever the server's bound.
        if (position <= seen || (from !== undefined && position < from)) continue;
        seen = position;
        if (isOurs(event)) events.push(toRecorded(event));
        if (events.length >= enough) break;
      }
      if (events.length >= enough || read < CHUNK || seen === before) return events;
      cursor = seen;
    }
  };

  const readAll = async ({ from, limit }: { from?: bigint; limit: number }): Promise<ReadAllPage> => {
    const events = await readForward(from !== undefined && from < 0n ? undefined : from, limit + 1);
    const next = events.length > limit ? (events[limit] as RecordedEvent).position : null;
    return { events: events.slice(0, limit), next };
  };

  const headPosition = async (): Promise<bigint> => {
    let cursor: bigint | undefined;
    for (;;) {
      let read = 0;
      let last: AllStreamRecordedEvent | undefined;
      const reading = client.readAll({
        direction: BACKWARDS,
        fromPosition: cursor === undefined ? END : decodePosition(cursor),
        maxCount: CHUNK,
      });
      for await (const { event } of reading) {
        read += 1;
        if (!event) continue;
        if (isOurs(event)) return encodePosition(event.position);
        last = event;
      }
      if (read < CHUNK || !last) return -1n;
      const next = encodePosition(last.position);
      if (cursor !== undefined && next >= cursor) return -1n;
      cursor = next;
    }
  };

  async function* subscribe({
    after,
    onCaughtUp,
    signal,
  }: SubscribeOptions = {}): AsyncGenerator<RecordedEvent> {
    const stopped = () => closing.signal.aborted || signal?.aborted === true;
    let last = after !== undefined && after >= 0n ? after : undefined;

    // Catch up by reading pages, so that onCaughtUp fires after every earlier event was delivered.
    for (;;) {
      const page = await readAll({ from: last, limit: CHUNK });
      for (const event of page.events) {
        if (stopped()) return;
        if (last !== undefined && event.position <= last) continue;
        yield event;
        last = event.position;
      }
      if (page.next === null) break;
    }
    if (stopped()) return;
    onCaughtUp?.();

    // Then follow live from the last delivered position (the server starts strictly after it).
    const live = client.subscribeToAll({
      fromPosition: last === undefined ? START : decodePosition(last),
      filter: excludeSystemEvents(),
    });
    const stop = () => void live.unsubscribe();
    signal?.addEventListener('abort', stop, { once: true });
    closing.signal.addEventListener('abort', stop, { once: true });
    try {
      for await (const { event } of live) {
        if (stopped()) return;
        if (!isOurs(event)) continue;
        const recorded = toRecorded(event);
        if (last !== undefined && recorded.position <= last) continue;
        yield recorded;
        last = recorded.position;
      }
    } finally {
      signal?.removeEventListener('abort', stop);
      closing.signal.removeEventListener('abort', stop);
      await live.unsubscribe().catch(() => undefined);
    }
  }

  return {
    append: async (streamId, events, expected) => {
      try {
        const result = await client.appendToStream(
          streamId,
          events.map((event) =>
            jsonEvent({
              id: event.id,
              type: event.type,
              data: event.data as JSONType,
              metadata: event.metadata as unknown as JSONType,
            }),
          ),
          { expectedRevision: toEsdbRevision(expected) },
        );
        if (events.length === 0)
          return { nextRevision: result.nextExpectedRevision, position: await headPosition() };
        // The events' own positions (the answer's position is the transaction's), for read-your-writes.
        const recorded = await readRevisions(
          streamId,
          result.nextExpectedRevision - BigInt(events.length - 1),
          events.length,
        );
        const last = recorded[recorded.length - 1];
        return { nextRevision: result.nextExpectedRevision, position: last ? last.position : -1n, recorded };
      } catch (error) {
        if (error instanceof WrongExpectedVersionError) {
          const actual = error.actualVersion === NO_STREAM ? 'no_stream' : error.actualVersion;
          throw new WrongExpectedRevision(streamId, expected, actual);
        }
        throw error;
      }
    },
    readStream: (streamId) => readRevisions(streamId, 0n),
    readAll,
    subscribe,
    headPosition,
    positionToString: eventStoreDbPositionToString,
    positionFromString: eventStoreDbPositionFromString,
    close: async () => {
      closing.abort();
      await client.dispose();
    },
  };
};
