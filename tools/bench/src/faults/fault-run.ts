/**
 * The fault run: the api under a bounded mixed load, SIGKILLed `kills` times (at random moments,
 * during a projection rebuild and during a WAL checkpoint among them), restarted on the same data
 * dir each time; then every acknowledged write is looked for in the store, and the read models are
 * compared with a fresh rebuild from the log.
 */
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { candidatesForEvents, generateHistory, seededRandom, writeHistory } from '@pivotal/demo-data';
import { createSealedSqliteEventStore } from '@pivotal/event-store';
import { runVirtualUser, type ClientStats } from './fault-client';
import { read } from './fault-http';
import { faultServer } from './fault-server';
import { dumpReadModels, differingTables, lowestCheckpoint, maxPosition, rebuildInto, storedCounts } from './fault-verify';
import { compareWithStore, createLedger } from './ledger';

export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..', '..');
export const apiMain = join(repoRoot, 'apps', 'api', 'dist', 'main.js');

export interface FaultOptions {
  readonly kills: number;
  /** Concurrent virtual users. */
  readonly users?: number;
  /** Events of generated history written before the first start (so that a rebuild takes a while). */
  readonly historyEvents?: number;
  readonly seed?: number;
  readonly log?: (line: string) => void;
}

export interface FaultFigures {
  readonly bench: 'faults';
  readonly kills: number;
  readonly acknowledged: number;
  readonly lost: number;
  readonly doubled: number;
  readonly readModelsMatchRebuild: boolean;
  /** Besides the JSON: what the run went through. */
  readonly details: {
    readonly rebuildKills: number;
    readonly checkpointKills: number;
    /** Kills that landed before the server said the rebuild or the checkpoint was done. */
    readonly killsMidOperation: number;
    readonly dropped: number;
    readonly foundAfterDrop: number;
    readonly perMutation: Record<string, number>;
    readonly problems: readonly string[];
    readonly differingTables: readonly string[];
    readonly events: number;
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const walSize = (file: string) => (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0);

const runCli = async (env: Record<string, string>, args: string[], stdin?: string): Promise<string> => {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [apiMain, ...args], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.stdin.end(stdin ?? '');
    child.once('exit', (code) => (code === 0 ? resolveRun(out) : reject(new Error(`pivotal ${args.join(' ')} failed: ${out}`))));
  });
};

export const runFaults = async (options: FaultOptions): Promise<FaultFigures> => {
  const say = options.log ?? (() => undefined);
  if (!existsSync(apiMain)) throw new Error(`build the api first: ${apiMain} is missing`);
  const seed = options.seed ?? 2026;
  const random = seededRandom(seed, 9_999);
  const dataDir = mkdtempSync(join(tmpdir(), 'pivotal-faults-'));
  const env = { PIVOTAL_JWT_SECRET: randomBytes(32).toString('hex'), LOG_LEVEL: 'warn' };
  const cliEnv = { ...env, PIVOTAL_DATA_DIR: dataDir, PIVOTAL_DEMO: '0' };
  const eventsFile = join(dataDir, 'events.sqlite');
  const server = faultServer({ apiMain, dataDir, env, logFile: join(dataDir, 'api.log') });
  const ledger = createLedger();
  const stats: ClientStats = { acknowledged: new Map(), dropped: 0, foundAfterDrop: 0 };
  try {
    // A history to rebuild: written into the store before the first start, and acknowledged like any write.
    const agencyId = randomUUID();
    const history = createSealedSqliteEventStore(join(dataDir, 'events.sqlite'));
    const historyOptions = { seed, now: new Date(), months: 3, agencyId, agency: { name: 'Faults Agency', joinCode: 'FAULTS' } };
    const candidates = candidatesForEvents(options.historyEvents ?? 3000, historyOptions);
    for (const batch of generateHistory({ ...historyOptions, candidates })) for (const event of batch.events) ledger.expect(batch.streamId, event.type);
    const written = await writeHistory(history, { ...historyOptions, candidates });
    await history.close();
    say(`wrote a history of ${written.events} events; starting the api on ${dataDir}`);

    await server.start();
    // The operator adds staff while the server runs.
    await runCli(cliEnv, ['staff', 'create', '--agency', 'FAULTS', '--email', 'staff@faults.test', '--role', 'STAFF', '--name', 'Fault Staff'], 'fault-staff-Passw0rd!\n');
    const staffLogin = await read<{ login: { token: string } }>(
      server,
      'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      { email: 'staff@faults.test', password: 'fault-staff-Passw0rd!' },
    );
    const staffToken = staffLogin.login.token;
    ledger.expect(`agency-${agencyId}`, 'StaffAdded');

    let going = true;
    const users = Array.from({ length: options.users ?? 6 }, (_, user) =>
      runVirtualUser({ server, ledger, stats, agencyCode: 'FAULTS', staffToken: () => staffToken, seed, user, going: () => going }),
    );
    const failures: unknown[] = [];
    const load = Promise.all(users.map((u) => u.catch((error: unknown) => void failures.push(error))));

    // Which kills come in the middle of an operation: a rebuild at about 1/3 and 5/6 of the run, a checkpoint at 1/2 and 2/3.
    const { kills } = options;
    const rebuildAt = new Set(kills >= 6 ? [Math.round(kills / 3), Math.round((kills * 5) / 6)] : [2]);
    const checkpointAt = new Set(kills >= 6 ? [Math.round(kills / 2), Math.round((kills * 2) / 3)] : [3]);
    let rebuildKills = 0;
    let checkpointKills = 0;
    let killsMidOperation = 0;
    for (let kill = 1; kill <= kills; kill += 1) {
      await sleep(random.int(500, 2000));
      if (rebuildAt.has(kill)) {
        // The rebuild runs on the server's event loop from its "started" line to its end: the kill comes a few ms in.
        const head = maxPosition(eventsFile);
        let killed: Promise<void> | null = null;
        await server.control('/projections/rebuild', (line) => {
          if (!killed && 'started' in line) killed = sleep(random.int(5, 30)).then(() => server.kill());
        });
        await (killed ?? server.kill());
        rebuildKills += 1;
        // Killed mid-rebuild, the read models' checkpoints are short of where they stood when it began.
        const midway = lowestCheckpoint(join(dataDir, 'read-models.sqlite')) < head - 200;
        if (midway) killsMidOperation += 1;
        say(`kill ${kill}: during a projection rebuild${midway ? '' : ' (it had finished)'}`);
      } else if (checkpointAt.has(kill)) {
        // Grow the WAL first, so that the checkpoint has pages to copy when the kill lands.
        const extra = createSealedSqliteEventStore(eventsFile);
        const burst = { seed: seed + kill, now: new Date(), months: 1, agencyId, candidates: 40 };
        for (const batch of generateHistory(burst)) for (const event of batch.events) ledger.expect(batch.streamId, event.type);
        await writeHistory(extra, burst);
        await extra.close();
        let killed: Promise<void> | null = null;
        let walBefore = 0;
        await server.control('/wal-checkpoint', (line) => {
          if (!killed && 'started' in line) {
            walBefore = walSize(eventsFile);
            killed = server.kill();
          }
        });
        await (killed ?? server.kill());
        checkpointKills += 1;
        // A finished TRUNCATE checkpoint leaves an empty WAL.
        const midway = walBefore > 0 && walSize(eventsFile) > 0;
        if (midway) killsMidOperation += 1;
        say(`kill ${kill}: during a WAL checkpoint${midway ? '' : ' (it may have finished)'}`);
      } else {
        await server.kill();
        say(`kill ${kill}: at a random moment of the load`);
      }
      await server.start();
    }
    // Let every user finish the story it is in, then stop cleanly.
    going = false;
    await load;
    if (failures.length > 0) throw failures[0];
    await server.stop();

    const counts = storedCounts(join(dataDir, 'events.sqlite'));
    const audit = compareWithStore(ledger, counts, (streamId) => /^(application|goal)-/.test(streamId));
    const fresh = join(dataDir, 'fresh-rebuild.sqlite');
    await rebuildInto(apiMain, dataDir, fresh, env);
    const differing = differingTables(dumpReadModels(join(dataDir, 'read-models.sqlite')), dumpReadModels(fresh));
    const acknowledged = [...stats.acknowledged.values()].reduce((a, b) => a + b, 0);
    return {
      bench: 'faults',
      kills,
      acknowledged,
      lost: audit.lost,
      doubled: audit.doubled,
      readModelsMatchRebuild: differing.length === 0,
      details: {
        rebuildKills,
        checkpointKills,
        killsMidOperation,
        dropped: stats.dropped,
        foundAfterDrop: stats.foundAfterDrop,
        perMutation: Object.fromEntries([...stats.acknowledged].sort()),
        problems: audit.problems.slice(0, 20),
        differingTables: differing,
        events: [...counts.values()].reduce((a, b) => a + b, 0),
      },
    };
  } finally {
    await server.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
};
