import { createSealedSqliteEventStore, type EventStore } from '@pivotal/event-store';
import type { Projection, ReadModelDb } from './projection';
import { openReadModelDb } from './read-model-db';
import { pivotalProjections } from './read-models';
import { progressReporter } from './rebuild-progress';
import { createProjectionRunner, type RebuildResult } from './runner';

export interface RebuildCommandOptions {
  readonly store: EventStore;
  readonly db: ReadModelDb;
  /** One projection by name; all when absent. */
  readonly name?: string;
  readonly projections?: readonly Projection[];
  /** Where progress goes (default stderr): a bar on a terminal, lines otherwise. */
  readonly output?: NodeJS.WriteStream;
  readonly batchSize?: number;
}

/**
 * `projections rebuild [name]`: empties the read model(s) and applies the whole log again, showing
 * progress. The api's operator CLI calls this with its own store and read-model database.
 */
export const rebuildProjections = async (options: RebuildCommandOptions): Promise<RebuildResult> => {
  const output = options.output ?? process.stderr;
  const runner = createProjectionRunner({
    store: options.store,
    db: options.db,
    projections: options.projections ?? pivotalProjections,
    batchSize: options.batchSize ?? 2000,
    logger: { info: () => undefined, error: (details, message) => output.write(`${message} ${JSON.stringify(details, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v))}\n`) },
  });
  const reporter = progressReporter(output, `rebuild ${options.name ?? 'all projections'}`);
  try {
    const result = await runner.rebuild(options.name, (progress) => reporter.update(progress));
    reporter.stop();
    const failed = runner.status().filter((s) => s.stoppedWith);
    for (const s of failed) output.write(`${s.name} stopped at ${s.stoppedWith?.position}: ${s.stoppedWith?.error}\n`);
    return result;
  } finally {
    reporter.stop();
  }
};

/** Parses `--events-db PATH --read-db PATH [--keys-db PATH] [name]`. */
export const parseRebuildArgs = (
  args: readonly string[],
): { eventsDb: string; readDb: string; keysDb?: string; name?: string } => {
  const value = (flag: string): string | undefined => {
    const at = args.indexOf(flag);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const eventsDb = value('--events-db');
  const readDb = value('--read-db');
  if (!eventsDb || !readDb) throw new Error('usage: rebuild --events-db PATH --read-db PATH [--keys-db PATH] [projection-name]');
  const keysDb = value('--keys-db');
  const name = args.find((arg, i) => !arg.startsWith('--') && !['--events-db', '--read-db', '--keys-db'].includes(args[i - 1] ?? ''));
  return { eventsDb, readDb, ...(keysDb === undefined ? {} : { keysDb }), ...(name === undefined ? {} : { name }) };
};

/** Runs a rebuild over two sqlite files (the event store's and the read model's). */
export const runRebuildCli = async (args: readonly string[]): Promise<void> => {
  const { eventsDb, readDb, keysDb, name } = parseRebuildArgs(args);
  // Personal fields open with the keys beside the store (or --keys-db): a rebuild reads what the api reads.
  const store = createSealedSqliteEventStore(eventsDb, keysDb === undefined ? {} : { keysFile: keysDb });
  const db = openReadModelDb(readDb);
  try {
    const result = await rebuildProjections({ store, db, ...(name === undefined ? {} : { name }) });
    const rate = Math.round(result.events / (result.elapsedMs / 1000));
    process.stdout.write(`rebuilt ${name ?? 'all projections'}: ${result.events} events in ${(result.elapsedMs / 1000).toFixed(1)} s (${rate} events/s)\n`);
  } finally {
    db.close();
    await store.close();
  }
};
