/**
 * `npm run bench -- faults [--kills 20] [--users 6] [--history 20000] [--seed 2026]`
 *
 * Runs the built api under a bounded mixed load of every mutation (with and without idempotency
 * keys, retried by the client on a dropped connection), SIGKILLs it `--kills` times at random
 * moments (during a projection rebuild and during a WAL checkpoint among them) and restarts it on
 * the same data dir; then checks that every acknowledged write is in the store exactly once and
 * that the read models equal a fresh rebuild. The last line is one JSON object.
 */
import { ensureApiBuilt } from './graphql-processes';
import { runFaults } from './faults/fault-run';

const option = (args: string[], name: string, fallback: number): number => {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} takes a positive integer`);
  return value;
};
const say = (line: string) => process.stderr.write(`${line}\n`);

export const run = async (args: string[]): Promise<void> => {
  await ensureApiBuilt(say);
  const started = performance.now();
  const figures = await runFaults({
    kills: option(args, 'kills', 20),
    users: option(args, 'users', 6),
    historyEvents: option(args, 'history', 20_000),
    seed: option(args, 'seed', 2026),
    log: say,
  });
  const { details, ...json } = figures;
  say(`${details.events} events in the store; acknowledged writes per mutation: ${JSON.stringify(details.perMutation)}`);
  say(
    `${details.dropped} dropped connections, ${details.foundAfterDrop} writes found in by a read after a drop; ` +
      `${details.rebuildKills} kills during a rebuild and ${details.checkpointKills} during a WAL checkpoint (${details.killsMidOperation} before it finished)`,
  );
  for (const problem of details.problems) say(problem);
  if (details.differingTables.length > 0) say(`read models differing from a fresh rebuild: ${details.differingTables.join(', ')}`);
  say(`in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  console.log(JSON.stringify(json));
};
