import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { handleCommand } from './command-handler';
import { anEvent, consumeUntil, tally, uniqueStream } from './contract-fixtures';
import { describeEventStore } from './event-store.contract';
import { createSqliteEventStore } from './sqlite-event-store';

const directory = mkdtempSync(join(tmpdir(), 'pivotal-event-store-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
let files = 0;
const freshFile = () => join(directory, `events-${(files += 1)}.sqlite`);

describeEventStore('sqlite (in memory)', () => createSqliteEventStore(':memory:'));
describeEventStore('sqlite (file)', () => createSqliteEventStore(freshFile()));

/** Runs the appender fixture in a separate node process (tsx compiles it there). */
const appendFromAnotherProcess = (file: string, stream: string, count: number, label: string) =>
  new Promise<void>((resolve, reject) => {
    const child = fork(
      fileURLToPath(new URL('./concurrent-appender.fixture.ts', import.meta.url)),
      [file, stream, String(count), label],
      {
        execArgv: ['--import', 'tsx'],
        stdio: 'inherit',
      },
    );
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`appender process exited with ${code}`)),
    );
  });

describe('sqlite event store shared by processes', () => {
  it('given two processes appending to one stream of one file, when they race, then no event is lost or doubled and subscribers see both', async () => {
    const file = freshFile();
    const stream = uniqueStream('shared');
    const store = createSqliteEventStore(file, { pollIntervalMs: 20 });
    const watcher = new AbortController();
    const seen = consumeUntil(
      store.subscribe({ signal: watcher.signal }),
      (events) => events.length === 1000,
      {
        abort: watcher,
        timeoutMs: 60_000,
      },
    );

    const other = appendFromAnotherProcess(file, stream, 500, 'other-process');
    // Start racing once the other process is appending (its start-up takes a moment).
    while ((await store.readStream(stream)).length === 0)
      await new Promise((resolve) => setTimeout(resolve, 5));
    for (let i = 0; i < 500; i += 1) {
      await handleCommand(
        store,
        tally,
        stream,
        { type: 'Count', data: { appender: i } },
        { actorId: 'this-process', occurredAt: '2026-11-25T12:00:00.000Z', maxAttempts: 1000 },
      );
      // Yield to the event loop now and then, so the other process gets a fair share of the lock.
      if (i % 10 === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await other;

    const events = await store.readStream(stream);
    expect(events.map((event) => event.revision)).toEqual(Array.from({ length: 1000 }, (_, i) => BigInt(i)));
    expect(events.map((event) => (event.data as { countedBefore: number }).countedBefore)).toEqual(
      Array.from({ length: 1000 }, (_, i) => i),
    );
    const byActor = (actor: string) => events.filter((event) => event.metadata.actorId === actor).length;
    expect(byActor('this-process')).toBe(500);
    expect(byActor('other-process')).toBe(500);
    expect(new Set(events.map((event) => event.id)).size).toBe(1000);
    const turns = events.filter(
      (event, i) => i > 0 && event.metadata.actorId !== events[i - 1]?.metadata.actorId,
    );
    expect(turns.length).toBeGreaterThan(2);

    const delivered = await seen;
    expect(delivered.map((event) => event.id)).toEqual(events.map((event) => event.id));
    await store.close();
  }, 120_000);
});

describe('sqlite subscriptions and their timers', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('given a subscription polling the file at the head, when its signal aborts, then it ends and its poll timer is gone', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const store = createSqliteEventStore(freshFile(), { pollIntervalMs: 10_000 });
    await store.append(uniqueStream('timer'), [anEvent('only')], 'no_stream');
    const abort = new AbortController();
    const subscription = store.subscribe({ signal: abort.signal })[Symbol.asyncIterator]();

    expect((await subscription.next()).done).toBe(false);
    const waiting = subscription.next();
    await new Promise((resolve) => setImmediate(resolve));
    expect(vi.getTimerCount()).toBe(1);
    abort.abort();

    expect(await waiting).toEqual({ done: true, value: undefined });
    expect(vi.getTimerCount()).toBe(0);
    await store.close();
  });

  it('given a live subscription, when the store closes, then the subscription ends', async () => {
    const store = createSqliteEventStore(freshFile(), { pollIntervalMs: 10_000 });
    const ended = consumeUntil(store.subscribe({ onCaughtUp: () => void store.close() }), () => false, {
      timeoutMs: 5_000,
    });
    await expect(ended).rejects.toThrow(/ended after 0 events/);
  });
});
