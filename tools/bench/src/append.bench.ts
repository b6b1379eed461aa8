/**
 * `npm run bench -- append [--rounds 5] [--events 20000] [--commands 5000]`
 *
 * On temp sqlite files, in the same run: raw better-sqlite3 inserts of the rows (same schema and
 * pragmas, one prepared statement, one transaction per 100 rows, JSON already serialized), the
 * sqlite adapter's batched appends (100 events per append, serializing inside), and single commands
 * through the command handler (read, fold, decide, append). Prints medians of several rounds; the
 * last line is one JSON object.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Database from 'better-sqlite3';
import {
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

const rawInserts = async (
  file: string,
  events: readonly EventToAppend[],
  round: number,
): Promise<Elapsed> => {
  const db = new Database(file);
  for (const pragma of sqlitePragmas(5000)) db.pragma(pragma);
  db.exec(sqliteEventsSchema);
  const rows = events.map((event, i) => [
    event.id,
    batchStream(round, Math.floor(i / BATCH)),
    i % BATCH,
    event.type,
    JSON.stringify(event.data),
    JSON.stringify(event.metadata),
  ]);
  const insert = db.prepare(
    'INSERT INTO events (id, stream_id, revision, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertBatch = db.transaction((batch: unknown[][]) => {
    for (const row of batch) insert.run(row);
  });
  const elapsed = await timed(() => {
    for (let i = 0; i < rows.length; i += BATCH) insertBatch(rows.slice(i, i + BATCH));
  });
  db.close();
  return elapsed;
};

const batchedAppends = async (
  file: string,
  events: readonly EventToAppend[],
  round: number,
): Promise<Elapsed> => {
  const store = createSqliteEventStore(file);
  const batches = Array.from({ length: events.length / BATCH }, (_, b) =>
    events.slice(b * BATCH, (b + 1) * BATCH),
  );
  const elapsed = await timed(async () => {
    for (const [b, batch] of batches.entries()) await store.append(batchStream(round, b), batch, 'no_stream');
  });
  await store.close();
  return elapsed;
};

const singleCommands = async (file: string, commands: number): Promise<Elapsed> => {
  const store = createSqliteEventStore(file);
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

export const run = async (args: string[]): Promise<void> => {
  const rounds = option(args, 'rounds', 5);
  const eventCount = Math.ceil(option(args, 'events', 20_000) / BATCH) * BATCH;
  const commandCount = option(args, 'commands', 5_000);
  const directory = mkdtempSync(join(tmpdir(), 'pivotal-append-bench-'));
  const raw: Rates = { wall: [], cpu: [] };
  const batched: Rates = { wall: [], cpu: [] };
  const commands: Rates = { wall: [], cpu: [] };
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
      // Alternate which goes first, so that neither always meets a colder cache or a pending GC.
      const measureRaw = () => rawInserts(join(directory, `raw-${round}.sqlite`), events, round);
      const measureBatched = () => batchedAppends(join(directory, `store-${round}.sqlite`), events, round);
      const [rawElapsed, batchedElapsed] =
        round % 2 === 0
          ? [await measureRaw(), await measureBatched()]
          : await measureBatched().then(async (batchedFirst) => [await measureRaw(), batchedFirst] as const);
      const commandsElapsed = await singleCommands(join(directory, `commands-${round}.sqlite`), commandCount);
      if (round === 0) continue; // warm-up: JIT and page cache
      record(raw, eventCount, rawElapsed);
      record(batched, eventCount, batchedElapsed);
      record(commands, commandCount, commandsElapsed);
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }

  const rawPerSec = median(raw.wall);
  const batchedPerSec = median(batched.wall);
  const commandsPerSec = median(commands.wall);
  const ratio = Math.round((batchedPerSec / rawPerSec) * 100) / 100;
  const cpuNote = (rates: Rates) => `${Math.round(median(rates.cpu)).toLocaleString('en-US')} per CPU-second`;
  console.log('');
  console.log(
    formatTable([
      {
        what: 'raw better-sqlite3 inserts',
        rounds: raw.wall,
        note: `events, ${BATCH} rows per transaction; ${cpuNote(raw)}`,
      },
      {
        what: 'adapter batched appends',
        rounds: batched.wall,
        note: `events, ${BATCH} per append; ${cpuNote(batched)}; ratio ${ratio} (target >= 0.7)`,
      },
      {
        what: 'commands via handleCommand',
        rounds: commands.wall,
        note: `1 event each (read, fold, decide, append); ${cpuNote(commands)}; target >= 5,000`,
      },
    ]),
  );
  console.log('');
  console.log(JSON.stringify({ bench: 'append', batchedPerSec, rawPerSec, ratio, commandsPerSec }));
};
