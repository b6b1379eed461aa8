/**
 * `npm run bench -- append [--rounds 7] [--events 20000] [--commands 5000]`
 *
 * On temp sqlite files, in the same run: raw better-sqlite3 inserts of the same rows (same schema
 * and pragmas, one prepared statement, one transaction per 100 rows), timed with the events' JSON
 * serialization (`rawPerSec`, the same work the adapter does) and without it (for reference); the
 * sqlite adapter's batched appends (100 events per append), plain and through the crypto-shredding
 * decorator (each event's company and role sealed under its candidate's key; `encryptedPerSec`,
 * `encryptedRatio` to raw inserts); and single commands through the command handler (read, fold,
 * decide, append), plain and sealed. Prints medians of several rounds; the last line is one JSON
 * object. The keys file is one for the run: its 97 keys are made in the warm-up round, as a
 * person's key is made once, at their first event.
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
import { applicationEvents, batchStream, tapDecider } from './append-workload';

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
  events: readonly EventToAppend[],
  round: number,
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
      batchStream(round, Math.floor(i / BATCH)),
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
  events: readonly EventToAppend[],
  round: number,
  keysFile: Keys = null,
): Promise<Elapsed> => {
  const store = openStore(file, keysFile);
  const batches = Array.from({ length: events.length / BATCH }, (_, b) =>
    events.slice(b * BATCH, (b + 1) * BATCH),
  );
  const elapsed = await timed(async () => {
    for (const [b, batch] of batches.entries()) await store.append(batchStream(round, b), batch, 'no_stream');
  });
  await store.close();
  return elapsed;
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
  const directory = mkdtempSync(join(tmpdir(), 'pivotal-append-bench-'));
  const raw: Rates = { wall: [], cpu: [] };
  const rawPrepared: Rates = { wall: [], cpu: [] };
  const batched: Rates = { wall: [], cpu: [] };
  const sealed: Rates = { wall: [], cpu: [] };
  const commands: Rates = { wall: [], cpu: [] };
  const sealedCommands: Rates = { wall: [], cpu: [] };
  const keysFile = join(directory, 'keys.sqlite');
  try {
    const load = loadavg()
      .map((value) => value.toFixed(2))
      .join(' ');
    console.log(
      `append benchmark: ${rounds} rounds (+1 warm-up) of ${eventCount} events and ${commandCount} commands`,
    );
    console.log(`machine: ${availableParallelism()} cores, load average ${load}`);
    for (let round = 0; round <= rounds; round += 1) {
      const events = applicationEvents(eventCount, round);
      const file = (name: string) => join(directory, `${name}-${round}.sqlite`);
      // The order rotates, so that no measure always meets a colder cache or the same neighbour.
      const [rawElapsed, rawPreparedElapsed, batchedElapsed, sealedElapsed] = await rotated(round, [
        () => rawInserts(file('raw'), events, round, 'inside'),
        () => rawInserts(file('raw-prepared'), events, round, 'before'),
        () => batchedAppends(file('store'), events, round),
        () => batchedAppends(file('sealed'), events, round, keysFile),
      ]);
      const [commandsElapsed, sealedCommandsElapsed] = await rotated(round, [
        () => singleCommands(file('commands'), commandCount),
        () => singleCommands(file('sealed-commands'), commandCount, keysFile),
      ]);
      if (round === 0) continue; // warm-up: JIT, page cache, and the keys made once per person
      record(raw, eventCount, rawElapsed as Elapsed);
      record(rawPrepared, eventCount, rawPreparedElapsed as Elapsed);
      record(batched, eventCount, batchedElapsed as Elapsed);
      record(sealed, eventCount, sealedElapsed as Elapsed);
      record(commands, commandCount, commandsElapsed as Elapsed);
      record(sealedCommands, commandCount, sealedCommandsElapsed as Elapsed);
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }

  const rawPerSec = median(raw.wall);
  const batchedPerSec = median(batched.wall);
  const commandsPerSec = median(commands.wall);
  const ratio = Math.round((batchedPerSec / rawPerSec) * 100) / 100;
  const ratioToPrepared = Math.round((batchedPerSec / median(rawPrepared.wall)) * 100) / 100;
  const encryptedPerSec = median(sealed.wall);
  const encryptedRatio = Math.round((encryptedPerSec / rawPerSec) * 100) / 100;
  const encryptedCommandsPerSec = median(sealedCommands.wall);
  /** The share of the plain rate that sealing costs (per CPU-second, steadier than wall time here). */
  const cost = (plain: Rates, withSealing: Rates) => Math.round((1 - median(withSealing.cpu) / median(plain.cpu)) * 100) / 100;
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
        note: `${BATCH} events per append; ${cpuNote(batched)}; ratio ${ratio} (target >= 0.7), ${ratioToPrepared} to rows made before`,
      },
      {
        what: 'sealed batched appends',
        rounds: sealed.wall,
        note: `the same through the crypto-shredding decorator; ${cpuNote(sealed)}; ratio ${encryptedRatio} (target >= 0.7), sealing costs ${Math.round(encryptionCost * 100)}% of the adapter's rate per CPU-second`,
      },
      {
        what: 'commands via handleCommand',
        rounds: commands.wall,
        note: `1 event each (read, fold, decide, append); ${cpuNote(commands)}; target >= 5,000`,
      },
      {
        what: 'sealed commands',
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
      encryptedPerSec,
      encryptedRatio,
      encryptionCost,
      encryptedCommandsPerSec,
      encryptedCommandsCost: cost(commands, sealedCommands),
    }),
  );
};
