import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleCommand } from './command-handler';
import { anEvent, consumeUntil, labels, tally, uniqueStream } from './contract-fixtures';
import { WrongExpectedRevision, type EventStore, type RecordedEvent } from './event-store';

/** Makes a fresh store for one test (on a shared server: a fresh client). */
export type EventStoreFactory = () => EventStore | Promise<EventStore>;

const ours = (events: readonly RecordedEvent[], streams: readonly string[]) =>
  events.filter((event) => streams.includes(event.streamId));

/**
 * The behaviour every adapter of the port must have. An adapter is done when this suite passes.
 * Tests share nothing but the store: every stream name is unique, and assertions about the global
 * log look only at the test's own streams, so the suite also runs against a shared EventStoreDB.
 */
export const describeEventStore = (name: string, factory: EventStoreFactory): void => {
  describe(`${name} event store (contract)`, () => {
    let store: EventStore;
    beforeEach(async () => {
      store = await factory();
    });
    afterEach(async () => {
      await store.close();
    });

    describe('appending and reading a stream', () => {
      it('given appended events, when the stream is read, then they come back in order with revisions from 0', async () => {
        const stream = uniqueStream('order');
        const first = [anEvent('a'), anEvent('b')];
        const second = [anEvent('c')];
        await store.append(stream, first, 'no_stream');
        await store.append(stream, second, 1n);

        const events = await store.readStream(stream);

        expect(labels(events)).toEqual(['a', 'b', 'c']);
        expect(events.map((event) => event.revision)).toEqual([0n, 1n, 2n]);
        expect(events.map((event) => event.id)).toEqual([...first, ...second].map((event) => event.id));
        expect(events[0]).toMatchObject({
          streamId: stream,
          type: 'Noted',
          data: first[0]?.data,
          metadata: first[0]?.metadata,
        });
      });

      it('given a stream never written, when it is read, then it is empty', async () => {
        expect(await store.readStream(uniqueStream('nothing'))).toEqual([]);
      });

      it('given appends, when they succeed, then they answer the new revision and increasing global positions', async () => {
        const stream = uniqueStream('positions');
        const one = await store.append(stream, [anEvent('a'), anEvent('b')], 'no_stream');
        const two = await store.append(uniqueStream('other'), [anEvent('x')], 'no_stream');
        const three = await store.append(stream, [anEvent('c')], 1n);

        expect(one.nextRevision).toBe(1n);
        expect(three.nextRevision).toBe(2n);
        expect(two.position).toBeGreaterThan(one.position);
        expect(three.position).toBeGreaterThan(two.position);
        const events = await store.readStream(stream);
        expect(events.map((event) => event.position)).toEqual([
          expect.any(BigInt),
          one.position,
          three.position,
        ]);
        expect(events[0]?.position).toBeLessThan(one.position);
        expect(await store.headPosition()).toBeGreaterThanOrEqual(three.position);
      });

      it('given a position, when written as a string and read back, then it is the same position', async () => {
        const { position } = await store.append(uniqueStream('string'), [anEvent('a')], 'no_stream');
        const text = store.positionToString(position);
        expect(typeof text).toBe('string');
        expect(store.positionFromString(text)).toBe(position);
        expect(() => store.positionFromString('not a position')).toThrow();
      });
    });

    describe('expected revisions', () => {
      it('given no stream, when appending expecting no stream, then it succeeds; a second time, then it conflicts', async () => {
        const stream = uniqueStream('no-stream');
        await store.append(stream, [anEvent('a')], 'no_stream');
        const again = store.append(stream, [anEvent('b')], 'no_stream');
        await expect(again).rejects.toBeInstanceOf(WrongExpectedRevision);
        await expect(again).rejects.toMatchObject({ streamId: stream, expected: 'no_stream', actual: 0n });
      });

      it('given no stream, when appending expecting the stream to exist, then it conflicts; once it exists, then it succeeds', async () => {
        const stream = uniqueStream('exists');
        await expect(store.append(stream, [anEvent('a')], 'stream_exists')).rejects.toBeInstanceOf(
          WrongExpectedRevision,
        );
        await store.append(stream, [anEvent('a')], 'no_stream');
        const result = await store.append(stream, [anEvent('b')], 'stream_exists');
        expect(result.nextRevision).toBe(1n);
      });

      it('given a stream at revision 1, when appending at 1, then it succeeds; at 0 or 5, then it conflicts', async () => {
        const stream = uniqueStream('exact');
        await store.append(stream, [anEvent('a'), anEvent('b')], 'no_stream');
        await expect(store.append(stream, [anEvent('stale')], 0n)).rejects.toMatchObject({
          expected: 0n,
          actual: 1n,
        });
        await expect(store.append(stream, [anEvent('ahead')], 5n)).rejects.toBeInstanceOf(
          WrongExpectedRevision,
        );
        expect((await store.append(stream, [anEvent('c')], 1n)).nextRevision).toBe(2n);
        expect(labels(await store.readStream(stream))).toEqual(['a', 'b', 'c']);
      });

      it('given any stream, when appending with any revision, then it succeeds whether or not it exists', async () => {
        const stream = uniqueStream('any');
        expect((await store.append(stream, [anEvent('a')], 'any')).nextRevision).toBe(0n);
        expect((await store.append(stream, [anEvent('b')], 'any')).nextRevision).toBe(1n);
      });

      it('given two writers at the same revision, when both append, then one wins and the other conflicts', async () => {
        const stream = uniqueStream('race');
        await store.append(stream, [anEvent('a')], 'no_stream');
        const outcomes = await Promise.allSettled([
          store.append(stream, [anEvent('left')], 0n),
          store.append(stream, [anEvent('right')], 0n),
        ]);
        const lost = outcomes.filter((outcome) => outcome.status === 'rejected');
        expect(lost).toHaveLength(1);
        expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedRevision);
        expect(await store.readStream(stream)).toHaveLength(2);
      });

      it('given an append that succeeded, when the same events are appended again at the same revision, then they are recorded once', async () => {
        const stream = uniqueStream('replay');
        const events = [anEvent('a'), anEvent('b')];
        const first = await store.append(stream, events, 'no_stream');
        const again = await store.append(stream, events, 'no_stream');
        expect(again.nextRevision).toBe(first.nextRevision);
        expect(labels(await store.readStream(stream))).toEqual(['a', 'b']);
      });
    });

    describe('commands through the handler', () => {
      it('given 100 concurrent appenders to one stream, when each retries on conflict, then exactly one wins each revision and none is lost', async () => {
        const stream = uniqueStream('contended');
        const occurredAt = '2026-11-25T12:00:00.000Z';
        const results = await Promise.all(
          Array.from({ length: 100 }, (_, appender) =>
            handleCommand(
              store,
              tally,
              stream,
              { type: 'Count', data: { appender } },
              { actorId: 'system', occurredAt, maxAttempts: 100 },
            ),
          ),
        );

        expect(results.map((result) => result.nextRevision).sort((a, b) => Number(a - b))).toEqual(
          Array.from({ length: 100 }, (_, i) => BigInt(i)),
        );
        const events = await store.readStream(stream);
        expect(events.map((event) => event.revision)).toEqual(
          Array.from({ length: 100 }, (_, i) => BigInt(i)),
        );
        const data = events.map((event) => event.data as { appender: number; countedBefore: number });
        expect(new Set(data.map((d) => d.appender)).size).toBe(100);
        expect(data.map((d) => d.countedBefore)).toEqual(Array.from({ length: 100 }, (_, i) => i));
      }, 60_000);

      it('given a command already handled, when it is sent again with its idempotency key, then it answers the original events and appends nothing', async () => {
        const stream = uniqueStream('idempotent');
        const options = {
          actorId: 'system',
          occurredAt: '2026-11-25T12:00:00.000Z',
          idempotencyKey: 'key-1',
        };
        const count = (appender: number) => ({ type: 'Count' as const, data: { appender } });

        const first = await handleCommand(store, tally, stream, count(1), options);
        const again = await handleCommand(store, tally, stream, count(1), options);
        const other = await handleCommand(store, tally, stream, count(2), {
          ...options,
          idempotencyKey: 'key-2',
        });

        expect(first.duplicate).toBe(false);
        expect(again).toMatchObject({
          duplicate: true,
          nextRevision: 0n,
          position: first.position,
          state: { count: 1 },
        });
        expect(again.events.map((event) => event.id)).toEqual(first.events.map((event) => event.id));
        expect(other.duplicate).toBe(false);
        expect((await store.readStream(stream)).map((event) => event.metadata.idempotencyKey)).toEqual([
          'key-1',
          'key-2',
        ]);
      });

      it('given two copies of a command, when they arrive at the same moment, then it is appended once and both answer the same events', async () => {
        const stream = uniqueStream('idempotent-race');
        await handleCommand(
          store,
          tally,
          stream,
          { type: 'Count', data: { appender: 0 } },
          { actorId: 'system', occurredAt: '2026-11-25T12:00:00.000Z' },
        );
        const options = { actorId: 'system', occurredAt: '2026-11-25T12:00:00.000Z', idempotencyKey: 'same' };
        const copies = await Promise.all(
          [1, 2, 3].map(() =>
            handleCommand(store, tally, stream, { type: 'Count', data: { appender: 1 } }, options),
          ),
        );

        expect(await store.readStream(stream)).toHaveLength(2);
        const ids = copies.map((copy) => copy.events.map((event) => event.id).join());
        expect(new Set(ids).size).toBe(1);
        expect(copies.map((copy) => copy.position)).toEqual([
          copies[0]?.position,
          copies[0]?.position,
          copies[0]?.position,
        ]);
      });
    });

    describe('the global log', () => {
      it('given events in several streams, when the log is read in pages, then every one comes once, in append order', async () => {
        const start = await store.headPosition();
        const streams = [uniqueStream('page'), uniqueStream('page'), uniqueStream('page')];
        const appended: string[] = [];
        for (let i = 0; i < 25; i += 1) {
          const stream = streams[i % 3] as string;
          await store.append(stream, [anEvent(`e${i}`)], 'any');
          appended.push(`e${i}`);
        }

        const read: RecordedEvent[] = [];
        let from: bigint | undefined = start < 0n ? undefined : start;
        let pages = 0;
        for (;;) {
          const page = await store.readAll({ from, limit: 7 });
          expect(page.events.length).toBeLessThanOrEqual(7);
          read.push(...page.events);
          pages += 1;
          if (page.next === null) break;
          expect(page.next).toBeGreaterThan(page.events[page.events.length - 1]?.position ?? -1n);
          from = page.next;
        }

        expect(pages).toBeGreaterThanOrEqual(4);
        expect(labels(ours(read, streams))).toEqual(appended);
        const positions = read.map((event) => event.position);
        expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : 1)));
        expect(new Set(positions).size).toBe(positions.length);
      });
    });

    describe('subscriptions', () => {
      it('given events in the log, when subscribing, then it catches up, says so once, and then delivers new events live', async () => {
        const stream = uniqueStream('live');
        const after = await store.headPosition();
        await store.append(stream, [anEvent('old-1'), anEvent('old-2'), anEvent('old-3')], 'no_stream');
        const abort = new AbortController();
        let caughtUp = 0;
        let deliveredWhenCaughtUp = -1;
        let live: Promise<unknown> | undefined;
        const delivered: RecordedEvent[] = [];

        const subscription = store.subscribe({
          after: after < 0n ? undefined : after,
          signal: abort.signal,
          onCaughtUp: () => {
            caughtUp += 1;
            deliveredWhenCaughtUp = ours(delivered, [stream]).length;
            live = store.append(stream, [anEvent('new-1'), anEvent('new-2')], 2n);
          },
        });
        await consumeUntil(
          subscription,
          (events) => {
            delivered.splice(0, delivered.length, ...events);
            return ours(events, [stream]).length === 5;
          },
          { abort },
        );
        await live;

        expect(caughtUp).toBe(1);
        expect(deliveredWhenCaughtUp).toBe(3);
        expect(labels(ours(delivered, [stream]))).toEqual(['old-1', 'old-2', 'old-3', 'new-1', 'new-2']);
      });

      it('given a subscriber that stopped, when it restarts from its last position, then it neither misses nor repeats an event', async () => {
        const stream = uniqueStream('restart');
        const after = await store.headPosition();
        await store.append(
          stream,
          ['a', 'b', 'c', 'd', 'e', 'f'].map((label) => anEvent(label)),
          'no_stream',
        );

        const firstRun = new AbortController();
        const before = await consumeUntil(
          store.subscribe({ after: after < 0n ? undefined : after, signal: firstRun.signal }),
          (events) => ours(events, [stream]).length === 3,
          { abort: firstRun },
        );
        const checkpoint = store.positionToString((before[before.length - 1] as RecordedEvent).position);
        await store.append(
          stream,
          ['g', 'h', 'i', 'j'].map((label) => anEvent(label)),
          5n,
        );

        const secondRun = new AbortController();
        const afterRestart = await consumeUntil(
          store.subscribe({ after: store.positionFromString(checkpoint), signal: secondRun.signal }),
          (events) => ours(events, [stream]).length === 7,
          { abort: secondRun },
        );

        expect(labels([...ours(before, [stream]), ...ours(afterRestart, [stream])])).toEqual([
          'a',
          'b',
          'c',
          'd',
          'e',
          'f',
          'g',
          'h',
          'i',
          'j',
        ]);
      });

      it('given a live subscription, when its signal aborts, then the loop ends', async () => {
        const abort = new AbortController();
        const subscription = store.subscribe({
          after: await store.headPosition(),
          signal: abort.signal,
          onCaughtUp: () => abort.abort(),
        });
        const delivered: RecordedEvent[] = [];
        for await (const event of subscription) delivered.push(event);
        expect(abort.signal.aborted).toBe(true);
      });
    });
  });
};
