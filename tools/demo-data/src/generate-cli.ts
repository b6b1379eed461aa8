/**
 * `npx tsx tools/demo-data/src/generate-cli.ts --events-db PATH [--keys-db PATH] [--events N | --candidates N]
 *   [--seed S] [--agency-id ID] [--now ISO]`: appends a seeded demo history to a sqlite event store,
 *   its personal fields sealed under keys in `--keys-db` (default: keys.sqlite beside the store).
 */
import { createSealedSqliteEventStore } from '@pivotal/event-store';
import { candidatesForEvents, writeHistory, type HistoryOptions } from './generate-history';

const value = (args: readonly string[], flag: string): string | undefined => {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
};

const runGenerateCli = async (args: readonly string[]): Promise<void> => {
  const eventsDb = value(args, '--events-db');
  if (!eventsDb) throw new Error('usage: generate --events-db PATH [--keys-db PATH] [--events N | --candidates N] [--seed S] [--agency-id ID] [--now ISO]');
  const keysDb = value(args, '--keys-db');
  const agencyId = value(args, '--agency-id') ?? 'demo-agency';
  const base: Omit<HistoryOptions, 'candidates'> = {
    seed: Number(value(args, '--seed') ?? 1),
    now: value(args, '--now') ?? new Date().toISOString(),
    agencyId,
    agency: { name: 'Demo Agency', joinCode: agencyId.toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 12) || 'DEMO' },
  };
  const events = value(args, '--events');
  const candidates = events ? candidatesForEvents(Number(events), base) : Number(value(args, '--candidates') ?? 40);
  const store = createSealedSqliteEventStore(eventsDb, keysDb === undefined ? {} : { keysFile: keysDb });
  try {
    const written = await writeHistory(store, { ...base, candidates }, (p) =>
      process.stderr.write(`written ${p.events} events (${p.streams} streams)\n`),
    );
    process.stdout.write(`${written.events} events for ${candidates} candidates in ${eventsDb}\n`);
  } finally {
    await store.close();
  }
};

runGenerateCli(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
