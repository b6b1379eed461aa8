import { describe, expect, it } from 'vitest';
import type { Command, Decider, Event } from '@pivotal/domain';
import { ConcurrencyConflict, handleCommand } from './command-handler';
import { anEvent, metadataAt, tally, uniqueStream } from './contract-fixtures';
import type { EventStore } from './event-store';
import { idempotentEventId } from './event-id';
import { createMemoryEventStore } from './memory-event-store';

const occurredAt = '2026-11-25T12:00:00.000Z';
const count = (appender = 1) => ({ type: 'Count' as const, data: { appender } });

/** A real store, with a rival writer that appends to the stream right after every read of it. */
const contendedBy = (store: EventStore): EventStore => ({
  ...store,
  readStream: async (streamId) => {
    const events = await store.readStream(streamId);
    await store.append(streamId, [anEvent('rival')], 'any');
    return events;
  },
});

describe('handleCommand', () => {
  it('given a command, when handled, then its events carry the metadata of the command', async () => {
    const store = createMemoryEventStore();
    const stream = uniqueStream('tally');

    const result = await handleCommand(store, tally, stream, count(), {
      actorId: 'account-7',
      occurredAt,
      correlationId: 'correlation-1',
      idempotencyKey: 'key-1',
    });

    expect(result.events[0]?.metadata).toEqual({
      schemaVersion: 1,
      correlationId: 'correlation-1',
      causationId: 'correlation-1',
      actorId: 'account-7',
      occurredAt,
      idempotencyKey: 'key-1',
    });
    expect(result.events[0]?.id).toBe(idempotentEventId(stream, 'key-1', 0));
    expect(result).toMatchObject({ nextRevision: 0n, duplicate: false, state: { count: 1 } });
    expect(result.position).toBe(await store.headPosition());
  });

  it('given no correlation id, when handled, then a new one is made and is also the causation id', async () => {
    const store = createMemoryEventStore();
    const { events } = await handleCommand(store, tally, uniqueStream('tally'), count(), {
      actorId: 'system',
      occurredAt,
    });
    const metadata = events[0]?.metadata;
    expect(metadata?.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(metadata?.causationId).toBe(metadata?.correlationId);
    expect(metadata).not.toHaveProperty('idempotencyKey');
  });

  it("given an event type whose schema changed, when appended, then it is stamped with the domain's current version", async () => {
    const store = createMemoryEventStore();
    const interview: Decider<Command<'Record'>, Event<'Interviewed'>, null> = {
      initialState: () => null,
      evolve: (state) => state,
      decide: () => [{ type: 'Interviewed', data: { selfRating: 3, notes: null } }],
    };
    const { events } = await handleCommand(
      store,
      interview,
      uniqueStream('application'),
      { type: 'Record', data: {} },
      { actorId: 'system', occurredAt },
    );
    expect(events[0]?.metadata.schemaVersion).toBe(2);
  });

  it('given a stream holding an old version of an event, when a command is decided, then the decider sees it upcast', async () => {
    const store = createMemoryEventStore();
    const stream = uniqueStream('application');
    await store.append(
      stream,
      [{ id: crypto.randomUUID(), type: 'Interviewed', data: { rating: 8 }, metadata: metadataAt() }],
      'no_stream',
    );
    const ratings: Decider<Command<'Read'>, Event<'Interviewed', { selfRating: number }>, number[]> = {
      initialState: () => [],
      evolve: (state, event) => [...state, event.data.selfRating],
      decide: () => [],
    };
    const { state } = await handleCommand(
      store,
      ratings,
      stream,
      { type: 'Read', data: {} },
      { actorId: 'system', occurredAt },
    );
    expect(state).toEqual([4]);
  });

  it('given a decider that decides nothing, when handled, then nothing is appended and the current position is answered', async () => {
    const store = createMemoryEventStore();
    const stream = uniqueStream('tally');
    const first = await handleCommand(store, tally, stream, count(), { actorId: 'system', occurredAt });
    await store.append(uniqueStream('elsewhere'), [anEvent('later')], 'no_stream');
    const quiet = { ...tally, decide: () => [] };

    const result = await handleCommand(store, quiet, stream, count(), { actorId: 'system', occurredAt });

    expect(result).toMatchObject({
      events: [],
      nextRevision: 0n,
      position: first.position,
      duplicate: false,
      state: { count: 1 },
    });
    expect(await store.readStream(stream)).toHaveLength(1);
  });

  it('given a decider that refuses, when handled, then its error reaches the caller and nothing is appended', async () => {
    const store = createMemoryEventStore();
    const stream = uniqueStream('tally');
    const refusing = {
      ...tally,
      decide: () => {
        throw new RangeError('a tally counts to one');
      },
    };
    await expect(
      handleCommand(store, refusing, stream, count(), { actorId: 'system', occurredAt }),
    ).rejects.toThrow(RangeError);
    expect(await store.readStream(stream)).toEqual([]);
  });

  it('given a rival that wins every race, when the attempts run out, then a ConcurrencyConflict says to try again', async () => {
    const store = createMemoryEventStore();
    const stream = uniqueStream('tally');
    const attempt = handleCommand(contendedBy(store), tally, stream, count(), {
      actorId: 'system',
      occurredAt,
      maxAttempts: 3,
    });

    await expect(attempt).rejects.toBeInstanceOf(ConcurrencyConflict);
    await expect(attempt).rejects.toThrow('a concurrent write won; try again');
    expect((await store.readStream(stream)).map((event) => event.type)).toEqual(['Noted', 'Noted', 'Noted']);
  });

  it('given a rival that wins once, when the command retries, then it decides again on the new state and succeeds', async () => {
    const store = createMemoryEventStore();
    const stream = uniqueStream('tally');
    let rivals = 1;
    const onceContended: EventStore = {
      ...store,
      readStream: async (streamId) => {
        const events = await store.readStream(streamId);
        if (rivals-- > 0) await store.append(streamId, [{ ...anEvent('rival'), type: 'Counted' }], 'any');
        return events;
      },
    };
    const result = await handleCommand(onceContended, tally, stream, count(), {
      actorId: 'system',
      occurredAt,
    });
    expect(result).toMatchObject({ nextRevision: 1n, state: { count: 2 } });
    expect(result.events[0]?.data).toEqual({ appender: 1, countedBefore: 1 });
  });
});
