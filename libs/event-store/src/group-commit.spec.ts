import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { handleCommand } from './command-handler';
import { anEvent, labels, tally, uniqueStream } from './contract-fixtures';
import type { AppendRequest, EventStore } from './event-store';
import { WrongExpectedRevision } from './event-store';
import { DuplicateEventId } from './expected-revision';
import { appendGroup } from './group-commit';
import { createMemoryEventStore } from './memory-event-store';
import { createSealedSqliteEventStore } from './privacy';
import { createSqliteEventStore } from './sqlite-event-store';

const directory = mkdtempSync(join(tmpdir(), 'pivotal-group-commit-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
let files = 0;
const freshFile = () => join(directory, `events-${(files += 1)}.sqlite`);

const occurredAt = '2026-12-07T12:00:00.000Z';

/** The real sqlite store, noting the size of every group it is asked to commit. */
const observed = (store: EventStore) => {
  const groups: number[] = [];
  const appendMany = store.appendMany?.bind(store);
  if (!appendMany) throw new Error('the sqlite store commits groups');
  return {
    groups,
    store: {
      ...store,
      appendMany: (requests: readonly AppendRequest[]) => {
        groups.push(requests.length);
        return appendMany(requests);
      },
    } satisfies EventStore,
  };
};

describe.each([
  ['sqlite (file)', () => createSqliteEventStore(freshFile())],
  ['sqlite (file) through the crypto-shredding decorator', () => createSealedSqliteEventStore(freshFile())],
  ['memory (one append each)', () => createMemoryEventStore()],
])('appendGroup on %s', (_name, open) => {
  it('given appends to several streams, when committed as a group, then each is recorded at its own revision, in order', async () => {
    const store = open();
    const [a, b] = [uniqueStream('a'), uniqueStream('b')];
    await store.append(a, [anEvent('a0')], 'no_stream');

    const outcomes = await appendGroup(store, [
      { streamId: a, events: [anEvent('a1'), anEvent('a2')], expected: 0n },
      { streamId: b, events: [anEvent('b0')], expected: 'no_stream' },
    ]);

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled']);
    expect(labels(await store.readStream(a))).toEqual(['a0', 'a1', 'a2']);
    expect(labels(await store.readStream(b))).toEqual(['b0']);
    const [first, second] = outcomes.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value : null));
    expect(first?.nextRevision).toBe(2n);
    expect(second?.position).toBe(await store.headPosition());
    expect((second?.position ?? -1n) > (first?.position ?? 0n)).toBe(true);
    await store.close();
  });

  it('given two appends to one stream at the same expected revision, when committed as a group, then the first wins and only the second fails, with WrongExpectedRevision', async () => {
    const store = open();
    const [contended, other] = [uniqueStream('contended'), uniqueStream('other')];

    const outcomes = await appendGroup(store, [
      { streamId: contended, events: [anEvent('first')], expected: 'no_stream' },
      { streamId: contended, events: [anEvent('second')], expected: 'no_stream' },
      { streamId: other, events: [anEvent('other')], expected: 'no_stream' },
    ]);

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(outcomes[1]?.status === 'rejected' && outcomes[1].reason).toBeInstanceOf(WrongExpectedRevision);
    expect(labels(await store.readStream(contended))).toEqual(['first']);
    expect(labels(await store.readStream(other))).toEqual(['other']);
    await store.close();
  });

  it('given an append whose second event reuses a recorded id, when committed in a group, then none of its events is recorded and its batch-mates are', async () => {
    const store = open();
    const taken = anEvent('taken');
    await store.append(uniqueStream('elsewhere'), [taken], 'no_stream');
    const [cut, before, after] = [uniqueStream('cut'), uniqueStream('before'), uniqueStream('after')];

    const outcomes = await appendGroup(store, [
      { streamId: before, events: [anEvent('before')], expected: 'no_stream' },
      { streamId: cut, events: [anEvent('new'), { ...taken }], expected: 'no_stream' },
      { streamId: after, events: [anEvent('after')], expected: 'no_stream' },
    ]);

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(outcomes[1]?.status === 'rejected' && outcomes[1].reason).toBeInstanceOf(DuplicateEventId);
    expect(await store.readStream(cut)).toEqual([]);
    expect(labels(await store.readStream(before))).toEqual(['before']);
    expect(labels(await store.readStream(after))).toEqual(['after']);
    await store.close();
  });

  it('given an append of 250 events in a group, when committed, then what it answers is what the store reads back', async () => {
    const store = open();
    const stream = uniqueStream('long');
    await store.append(stream, [anEvent('first')], 'no_stream');

    const [outcome] = await appendGroup(store, [
      { streamId: stream, events: Array.from({ length: 250 }, (_, i) => anEvent(`e${i}`)), expected: 0n },
    ]);

    const read = await store.readStream(stream);
    expect(outcome?.status).toBe('fulfilled');
    const result = outcome?.status === 'fulfilled' ? outcome.value : null;
    expect(result?.nextRevision).toBe(250n);
    expect(result?.position).toBe(read.at(-1)?.position);
    if (result?.recorded) expect(result.recorded).toEqual(read.slice(1));
    await store.close();
  });

  it('given an append of 250 events whose 220th reuses a recorded id, when committed in a group, then none of its events is recorded and its batch-mates are', async () => {
    const store = open();
    const taken = anEvent('taken');
    await store.append(uniqueStream('elsewhere'), [taken], 'no_stream');
    const [long, mate] = [uniqueStream('long'), uniqueStream('mate')];
    const events = Array.from({ length: 250 }, (_, i) => (i === 219 ? { ...taken } : anEvent(`e${i}`)));

    const outcomes = await appendGroup(store, [
      { streamId: long, events, expected: 'no_stream' },
      { streamId: mate, events: [anEvent('mate')], expected: 'no_stream' },
    ]);

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'fulfilled']);
    expect(await store.readStream(long)).toEqual([]);
    expect(labels(await store.readStream(mate))).toEqual(['mate']);
    await store.close();
  });

  it('given the very same append sent again within a group, when committed, then it records nothing and answers the first result as a replay', async () => {
    const store = open();
    const stream = uniqueStream('retried');
    const events = [anEvent('once'), anEvent('twice')];

    const outcomes = await appendGroup(store, [
      { streamId: stream, events, expected: 'no_stream' },
      { streamId: stream, events, expected: 'no_stream' },
    ]);

    const [first, again] = outcomes.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value : null));
    expect(again).toMatchObject({ replayed: true, nextRevision: 1n, position: first?.position });
    expect(labels(await store.readStream(stream))).toEqual(['once', 'twice']);
    await store.close();
  });
});

describe('group commit through the command handler (sqlite)', () => {
  it('given commands sent together to different streams, when handled, then they are committed in one group', async () => {
    const { store, groups } = observed(createSqliteEventStore(freshFile()));
    const streams = Array.from({ length: 20 }, () => uniqueStream('tally'));

    const results = await Promise.all(
      streams.map((stream, i) =>
        handleCommand(store, tally, stream, { type: 'Count', data: { appender: i } }, { actorId: 'a', occurredAt }),
      ),
    );

    expect(groups).toEqual([20]);
    expect(results.map((result) => result.nextRevision)).toEqual(streams.map(() => 0n));
    expect(new Set(results.map((result) => result.position)).size).toBe(20);
    await store.close();
  });

  it('given commands sent together to one stream, when handled, then the losers of the group retry and every command is recorded once, in turn', async () => {
    const { store, groups } = observed(createSqliteEventStore(freshFile()));
    const stream = uniqueStream('tally');

    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        handleCommand(store, tally, stream, { type: 'Count', data: { appender: i } }, { actorId: 'a', occurredAt }),
      ),
    );

    const events = await store.readStream(stream);
    expect(events.map((event) => (event.data as { countedBefore: number }).countedBefore)).toEqual(
      Array.from({ length: 10 }, (_, i) => i),
    );
    expect(new Set(events.map((event) => (event.data as { appender: number }).appender)).size).toBe(10);
    expect(groups[0]).toBe(10);
    await store.close();
  });

  it('given a command whose events cannot be stored, when sent with others, then it alone fails and its batch-mates are recorded', async () => {
    const store = createSqliteEventStore(freshFile());
    const [good1, bad, good2] = [uniqueStream('good'), uniqueStream('bad'), uniqueStream('good')];
    const unstorable = {
      ...tally,
      decide: () => [{ type: 'Counted' as const, data: { appender: 0, countedBefore: 10n as unknown as number } }],
    };

    const outcomes = await Promise.allSettled([
      handleCommand(store, tally, good1, { type: 'Count', data: { appender: 1 } }, { actorId: 'a', occurredAt }),
      handleCommand(store, unstorable, bad, { type: 'Count', data: { appender: 2 } }, { actorId: 'a', occurredAt }),
      handleCommand(store, tally, good2, { type: 'Count', data: { appender: 3 } }, { actorId: 'a', occurredAt }),
    ]);

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(outcomes[1]?.status === 'rejected' && outcomes[1].reason).toBeInstanceOf(TypeError);
    expect(await store.readStream(bad)).toEqual([]);
    expect(await store.readStream(good1)).toHaveLength(1);
    expect(await store.readStream(good2)).toHaveLength(1);
    await store.close();
  });

  it('given two copies of a keyed command sent together, when handled, then one is appended and the other answers it as a duplicate', async () => {
    const store = createSqliteEventStore(freshFile());
    const stream = uniqueStream('tally');
    const send = () =>
      handleCommand(store, tally, stream, { type: 'Count', data: { appender: 1 } }, {
        actorId: 'a',
        occurredAt,
        idempotencyKey: 'key-1',
      });

    const [first, second] = await Promise.all([send(), send()]);

    expect([first.duplicate, second.duplicate]).toEqual([false, true]);
    expect(second.events.map((event) => event.id)).toEqual(first.events.map((event) => event.id));
    expect(await store.readStream(stream)).toHaveLength(1);
    await store.close();
  });

  it(
    'given a process group-committing commands of three events, when it is killed mid-flight, then every command it acknowledged is recorded whole and no command is recorded in part',
    async () => {
      const file = freshFile();
      createSqliteEventStore(file).close();
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', fileURLToPath(new URL('./group-commit-crash.fixture.ts', import.meta.url)), file],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      const acknowledged: string[] = [];
      let buffered = '';
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        buffered += chunk;
        const lines = buffered.split('\n');
        buffered = lines.pop() ?? '';
        acknowledged.push(...lines);
      });
      const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
      while (acknowledged.length < 500) await new Promise((resolve) => setTimeout(resolve, 10));
      child.kill('SIGKILL');
      await exited;
      const ackedBeforeKill = acknowledged.length;

      const db = new Database(file, { readonly: true });
      const rows = db
        .prepare<[], { stream_id: string; revision: number; data: string }>(
          'SELECT stream_id, revision, data FROM events ORDER BY position',
        )
        .all();
      db.close();
      const byStream = new Map<string, number[]>();
      for (const row of rows) {
        const parts = byStream.get(row.stream_id) ?? [];
        parts.push((JSON.parse(row.data) as { part: number }).part);
        byStream.set(row.stream_id, parts);
      }
      for (const parts of byStream.values()) {
        expect(parts.length % 3).toBe(0);
        expect(parts).toEqual(Array.from({ length: parts.length }, (_, i) => i % 3));
      }
      const ackedPerStream = new Map<string, number>();
      for (const stream of acknowledged) ackedPerStream.set(stream, (ackedPerStream.get(stream) ?? 0) + 1);
      for (const [stream, count] of ackedPerStream)
        expect(byStream.get(stream)?.length ?? 0).toBeGreaterThanOrEqual(count * 3);
      expect(ackedBeforeKill).toBeGreaterThanOrEqual(500);
    },
    60_000,
  );
});
