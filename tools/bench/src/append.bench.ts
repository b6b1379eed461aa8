/**
 * `npm run bench -- append [--rounds 7] [--events 20000] [--commands 5000] [--callers 64]
 *  [--base-events 1000000]`
 *
 * On temp sqlite files, in the same run: raw better-sqlite3 inserts of the same rows (same schema
 * and pragmas, one prepared statement, one transaction per 100 rows), timed with the events' JSON
 * serialization (`rawPerSec`, the same work the adapter does) and without it (for reference); the
 * sqlite adapter's batched appends (100 events per append, each to a new application stream named
 * as the api names one, ids from `newEventId` as production makes them) into an empty store and into a store
 * already holding `--base-events` events (`ratioAt1M`); raw single-row transactions (one insert,
 * one commit: what one command per transaction costs at the least); commands through the command
 * handler (read, fold, decide, append) from `--callers` concurrent callers, group-committed
 * (`commandsPerSec`, latency p50/p99, `groupCommitRatio` to the single-row transactions), and one
 * after another (`sequentialCommandsPerSec`). The batched appends and the sequential commands are
 * also measured through the crypto-shredding decorator (each event's company and role sealed under
 * its candidate's key; `encryptedPerSec`, `encryptedRatio` to raw inserts, `encryptionCost`). The
 * keys file is one for the run: its keys are made in the warm-up round, as a person's key is made
 * once, at their first event. Prints medians of several rounds; the last line is one JSON object.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Database from 'better-sqlite3';
import {
  createSealedSqliteEventStore,
  createSqliteEventStore,
  handleCommand,
  sqliteEventsSchema,
  sqlitePragmas,
  type EventToAppend,
} from '@pivotal/event-store';
import { formatTable, median, perSecond } from './append-figures';
import { percentile } from './replicas-figures';
import { applicationEvents, batchedWorkload, tapDecider, type BatchedWorkload } from './append-workload';

const BATCH = 100;

const option = (args: string[], name: string, fallback: number): number => {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} takes a positive integer`);
  return value;
};

/** Wall-clock and CPU milliseconds of some work (CPU time shows what a loaded machine hides). */
interface Elapsed {
  readonly wallMs: number;
  readonly cpuMs: number;
}

/** A full garbage collection, so that no measure pays for the garbage of the one before. */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const timed = async (work: () => unknown): Promise<Elapsed> => {
  collectGarbage();
  const wallStarted = performance.now();
  const cpuStarted = process.cpuUsage();
  await work();
  const cpu = process.cpuUsage(cpuStarted);
  return { wallMs: performance.now() - wallStarted, cpuMs: (cpu.user + cpu.system) / 1000 };
};

/**
 * The baseline: the same rows into the same schema with one prepared statement, one transaction
 * per 100 rows. `serialized: 'inside'` turns the events into rows (JSON) inside the timing, as any
 * store of events must; `'before'` times the inserts alone, rows made in advance.
 */
const rawInserts = async (
  file: string,
  { events, streams }: BatchedWorkload,
  serialized: 'inside' | 'before',
): Promise<Elapsed> => {
  const db = new Database(file);
  for (const pragma of sqlitePragmas(5000)) db.pragma(pragma);
  db.exec(sqliteEventsSchema);
  const insert = db.prepare<[string, string, number, string, string, string]>(
    'INSERT INTO events (id, stream_id, revision, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const toRow = (event: EventToAppend, i: number) =>
    [
      event.id,
      streams[Math.floor(i / BATCH)] as string,
      i % BATCH,
      event.type,
      JSON.stringify(event.data),
      JSON.stringify(event.metadata),
    ] as const;
  const rows = serialized === 'before' ? events.map(toRow) : [];
  const insertRows = db.transaction((from: number) => {
    for (let i = from; i < from + BATCH; i += 1) {
      insert.run(...(serialized === 'before' ? rows[i] : toRow(events[i] as EventToAppend, i))!);
    }
  });
  const elapsed = await timed(() => {
    for (let from = 0; from < events.length; from += BATCH) insertRows(from);
  });
  db.close();
  return elapsed;
};

/** Where the sealed measures keep their keys; null: the plain adapter. */
type Keys = string | null;

const openStore = (file: string, keysFile: Keys) =>
  keysFile === null ? createSqliteEventStore(file) : createSealedSqliteEventStore(file, { keysFile });

const batchedAppends = async (
  file: string,
  { events, streams }: BatchedWorkload,
  keysFile: Keys = null,
): Promise<Elapsed> => {
  const store = openStore(file, keysFile);
  const batches = Array.from({ length: events.length / BATCH }, (_, b) =>
    events.slice(b * BATCH, (b + 1) * BATCH),
  );
  const elapsed = await timed(async () => {
    for (const [b, batch] of batches.entries()) await store.append(streams[b] as string, batch, 'no_stream');
  });
  await store.close();
  return elapsed;
};

/** The baseline of group commit: one row per transaction, each event serialized inside the timing. */
const rawSingleRows = async (file: string, events: readonly EventToAppend[], round: number): Promise<Elapsed> => {
  const db = new Database(file);
  for (const pragma of sqlitePragmas(5000)) db.pragma(pragma);
  db.exec(sqliteEventsSchema);
  const insert = db.prepare<[string, string, number, string, string, string]>(
    'INSERT INTO events (id, stream_id, revision, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertOne = db.transaction((event: EventToAppend, i: number) => {
    insert.run(
      event.id,
      `single-${round}-${i}`,
      0,
      event.type,
      JSON.stringify(event.data),
      JSON.stringify(event.metadata),
    );
  });
  const elapsed = await timed(() => {
    for (const [i, event] of events.entries()) insertOne.immediate(event, i);
  });
  db.close();
  return elapsed;
};

/**
 * A store that already holds `count` events (ids made before the measured ones, by `newEventId`
 * as production makes them; 100 per stream), written with raw inserts in large transactions, for
 * measuring appends at that size.
 */
const grownStore = (file: string, count: number): void => {
  const db = new Database(file);
  for (const pragma of sqlitePragmas(5000)) db.pragma(pragma);
  db.exec(sqliteEventsSchema);
  const insert = db.prepare<[string, string, number, string, string, string]>(
    'INSERT INTO events (id, stream_id, revision, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const chunk = 10_000;
  const insertChunk = db.transaction(({ events, streams }: BatchedWorkload) => {
    for (const [i, event] of events.entries()) {
      insert.run(
        event.id,
        streams[Math.floor(i / BATCH)] as string,
        i % BATCH,
        event.type,
        JSON.stringify(event.data),
        JSON.stringify(event.metadata),
      );
    }
  });
  for (let from = 0; from < count; from += chunk)
    insertChunk(batchedWorkload(Math.min(chunk, count - from), -1, BATCH));
  db.close();
};

/** Commands from `callers` concurrent callers: their wall time, and each command's latency. */
const concurrentCommands = async (
  file: string,
  commands: number,
  callers: number,
): Promise<Elapsed & { latenciesMs: number[] }> => {
  const store = createSqliteEventStore(file);
  const streams = Math.max(1, Math.floor(commands / 5));
  const latenciesMs: number[] = [];
  let next = 0;
  const caller = async () => {
    for (let i = next++; i < commands; i = next++) {
      const started = performance.now();
      await handleCommand(
        store,
        tapDecider,
        `tally-${i % streams}`,
        { type: 'Tap', data: { by: 1 } },
        {
          actorId: 'bench',
          occurredAt: '2026-11-25T12:00:00.000Z',
          idempotencyKey: `tap-${i}`,
        },
      );
      latenciesMs.push(performance.now() - started);
    }
  };
  const elapsed = await timed(() => Promise.all(Array.from({ length: callers }, caller)));
  await store.close();
  return { ...elapsed, latenciesMs };
};

const singleCommands = async (file: string, commands: number, keysFile: Keys = null): Promise<Elapsed> => {
  const store = openStore(file, keysFile);
  const streams = Math.max(1, Math.floor(commands / 5));
  const elapsed = await timed(async () => {
    for (let i = 0; i < commands; i += 1) {
      await handleCommand(
        store,
        tapDecider,
        `tally-${i % streams}`,
        { type: 'Tap', data: { by: 1 } },
        {
          actorId: 'bench',
          occurredAt: '2026-11-25T12:00:00.000Z',
          idempotencyKey: `tap-${i}`,
        },
      );
    }
  });
  await store.close();
  return elapsed;
};

/** Wall-clock rates per round, and rates per CPU-second of this process. */
interface Rates {
  readonly wall: number[];
  readonly cpu: number[];
}

const record = (rates: Rates, items: number, elapsed: Elapsed) => {
  rates.wall.push(perSecond(items, elapsed.wallMs));
  rates.cpu.push(perSecond(items, elapsed.cpuMs));
};

/** Runs `measures` in an order that rotates with the round, answering their results in the given order. */
const rotated = async <T>(round: number, measures: readonly (() => Promise<T>)[]): Promise<T[]> => {
  const results = new Array<T>(measures.length);
  for (let k = 0; k < measures.length; k += 1) {
    const index = (round + k) % measures.length;
    results[index] = await (measures[index] as () => Promise<T>)();
  }
  return results;
};

export const run = async (args: string[]): Promise<void> => {
  const rounds = option(args, 'rounds', 7);
  const eventCount = Math.ceil(option(args, 'events', 20_000) / BATCH) * BATCH;
  const commandCount = option(args, 'commands', 5_000);
  const callers = option(args, 'callers', 64);
  const baseEvents = option(args, 'base-events', 1_000_000);
  const directory = mkdtempSync(join(tmpdir(), 'pivotal-append-bench-'));
  const raw: Rates = { wall: [], cpu: [] };
  const rawPrepared: Rates = { wall: [], cpu: [] };
  const batched: Rates = { wall: [], cpu: [] };
  const batchedAtBase: Rates = { wall: [], cpu: [] };
  const rawSingle: Rates = { wall: [], cpu: [] };
  const commands: Rates = { wall: [], cpu: [] };
  const sequential: Rates = { wall: [], cpu: [] };
  const sealed: Rates = { wall: [], cpu: [] };
  const sealedCommands: Rates = { wall: [], cpu: [] };
  const keysFile = join(directory, 'keys.sqlite');
  const p50s: number[] = [];
  const p99s: number[] = [];
  try {
    const load = loadavg()
      .map((value) => value.toFixed(2))
      .join(' ');
    console.log(
      `append benchmark: ${rounds} rounds (+1 warm-up) of ${eventCount} events and ${commandCount} commands`,
    );
    console.log(`machine: ${availableParallelism()} cores, load average ${load}`);
    const baseFile = join(directory, 'grown.sqlite');
    const growing = await timed(() => grownStore(baseFile, baseEvents));
    console.log(`a store of ${baseEvents} events written in ${(growing.wallMs / 1000).toFixed(1)} s`);
    for (let round = 0; round <= rounds; round += 1) {
      // Each measure gets events of its own, made alike (same shapes, ids from `newEventId`) just
      // before it and outside its timing: events shared by several measures were cheaper for all
      // but the first to serialize them (V8 flattens their ids, strings built by concatenation,
      // once), so the order of the measures, not the code, decided part of each ratio.
      const fresh = () => batchedWorkload(eventCount, round, BATCH);
      const file = (name: string) => join(directory, `${name}-${round}.sqlite`);
      // The order rotates, so that no measure always meets a colder cache or the same neighbour.
      const [rawElapsed, rawPreparedElapsed, batchedElapsed, batchedAtBaseElapsed, sealedElapsed] = await rotated(round, [
        () => rawInserts(file('raw'), fresh(), 'inside'),
        () => rawInserts(file('raw-prepared'), fresh(), 'before'),
        () => batchedAppends(file('store'), fresh()),
        () => batchedAppends(baseFile, fresh()),
        () => batchedAppends(file('sealed'), fresh(), keysFile),
      ]);
      const singles = applicationEvents(commandCount, round);
      const [rawSingleElapsed, commandsElapsed, sequentialElapsed, sealedCommandsElapsed] = await rotated(round, [
        () => rawSingleRows(file('single'), singles, round),
        () => concurrentCommands(file('commands'), commandCount, callers),
        () => singleCommands(file('sequential'), commandCount),
        () => singleCommands(file('sealed-commands'), commandCount, keysFile),
      ]);
      if (round === 0) continue; // warm-up: JIT, page cache, and the keys made once per person
      record(raw, eventCount, rawElapsed as Elapsed);
      record(rawPrepared, eventCount, rawPreparedElapsed as Elapsed);
      record(batched, eventCount, batchedElapsed as Elapsed);
      record(batchedAtBase, eventCount, batchedAtBaseElapsed as Elapsed);
      record(rawSingle, commandCount, rawSingleElapsed as Elapsed);
      const concurrent = commandsElapsed as Elapsed & { latenciesMs: number[] };
      record(commands, commandCount, concurrent);
      p50s.push(percentile(concurrent.latenciesMs, 50));
      p99s.push(percentile(concurrent.latenciesMs, 99));
      record(sequential, commandCount, sequentialElapsed as Elapsed);
      record(sealed, eventCount, sealedElapsed as Elapsed);
      record(sealedCommands, commandCount, sealedCommandsElapsed as Elapsed);
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }

  const rawPerSec = median(raw.wall);
  const batchedPerSec = median(batched.wall);
  const commandsPerSec = median(commands.wall);
  const sequentialCommandsPerSec = median(sequential.wall);
  const rawSingleRowPerSec = median(rawSingle.wall);
  const batchedAt1MPerSec = median(batchedAtBase.wall);
  const commandP50Ms = Math.round(median(p50s) * 100) / 100;
  const commandP99Ms = Math.round(median(p99s) * 100) / 100;
  const hundredths = (value: number) => Math.round(value * 100) / 100;
  const ratioAt1M = hundredths(batchedAt1MPerSec / batchedPerSec);
  const groupCommitRatio = hundredths(commandsPerSec / rawSingleRowPerSec);
  const ratio = Math.round((batchedPerSec / rawPerSec) * 100) / 100;
  // The same ratios per CPU-second of this process: steadier than wall-clock on a shared machine.
  const ratioCpu = hundredths(median(batched.cpu) / median(raw.cpu));
  const ratioAt1MCpu = hundredths(median(batchedAtBase.cpu) / median(batched.cpu));
  const commandsPerCpuSec = Math.round(median(commands.cpu));
  const groupCommitRatioCpu = hundredths(median(commands.cpu) / median(rawSingle.cpu));
  const ratioToPrepared = Math.round((batchedPerSec / median(rawPrepared.wall)) * 100) / 100;
  const encryptedPerSec = median(sealed.wall);
  const encryptedRatio = hundredths(encryptedPerSec / rawPerSec);
  const encryptedCommandsPerSec = median(sealedCommands.wall);
  /** The share of the plain rate that sealing costs (per CPU-second, steadier than wall time here). */
  const cost = (plain: Rates, withSealing: Rates) => hundredths(1 - median(withSealing.cpu) / median(plain.cpu));
  const encryptionCost = cost(batched, sealed);
  const cpuNote = (rates: Rates) => `${Math.round(median(rates.cpu)).toLocaleString('en-US')} per CPU-second`;
  console.log('');
  console.log(
    formatTable([
      {
        what: 'raw inserts (rawPerSec)',
        rounds: raw.wall,
        note: `events to JSON rows + insert, ${BATCH} per transaction; ${cpuNote(raw)}`,
      },
      {
        what: 'raw inserts, rows made before',
        rounds: rawPrepared.wall,
        note: `insert alone, ${BATCH} per transaction; ${cpuNote(rawPrepared)}`,
      },
      {
        what: 'adapter batched appends',
        rounds: batched.wall,
        note: `${BATCH} events per append; ${cpuNote(batched)}; ratio ${ratio} (target >= 0.9), ${ratioToPrepared} to rows made before`,
      },
      {
        what: 'sealed batched appends',
        rounds: sealed.wall,
        note: `the same through the crypto-shredding decorator; ${cpuNote(sealed)}; encryptedRatio ${encryptedRatio} (target >= 0.7), sealing costs ${Math.round(encryptionCost * 100)}% of the adapter's rate per CPU-second`,
      },
      {
        what: `batched appends, ${baseEvents.toLocaleString('en-US')} in the store`,
        rounds: batchedAtBase.wall,
        note: `${cpuNote(batchedAtBase)}; ratioAt1M ${ratioAt1M} to the empty store (target >= 0.7)`,
      },
      {
        what: 'raw single-row transactions',
        rounds: rawSingle.wall,
        note: `one insert, one commit each; ${cpuNote(rawSingle)}`,
      },
      {
        what: `commands, ${callers} callers (commandsPerSec)`,
        rounds: commands.wall,
        note: `group commit; p50 ${commandP50Ms} ms, p99 ${commandP99Ms} ms; ${cpuNote(commands)}; groupCommitRatio ${groupCommitRatio}; target >= 12,000`,
      },
      {
        what: 'commands one after another',
        rounds: sequential.wall,
        note: `1 event each (read, fold, decide, append); ${cpuNote(sequential)}`,
      },
      {
        what: 'sealed commands one after another',
        rounds: sealedCommands.wall,
        note: `the same through the decorator (no personal field: its reads and appends pass through); ${cpuNote(sealedCommands)}`,
      },
    ]),
  );
  console.log('');
  console.log(
    JSON.stringify({
      bench: 'append',
      batchedPerSec,
      rawPerSec,
      ratio,
      commandsPerSec,
      batchedAt1MPerSec,
      ratioAt1M,
      baseEvents,
      rawSingleRowPerSec,
      groupCommitRatio,
      commandP50Ms,
      commandP99Ms,
      callers,
      sequentialCommandsPerSec,
      ratioCpu,
      ratioAt1MCpu,
      commandsPerCpuSec,
      groupCommitRatioCpu,
      encryptedPerSec,
      encryptedRatio,
      encryptionCost,
      encryptedCommandsPerSec,
      encryptedCommandsCost: cost(sequential, sealedCommands),
      loadAverage: loadavg().map((value) => Math.round(value * 100) / 100),
    }),
  );
};
