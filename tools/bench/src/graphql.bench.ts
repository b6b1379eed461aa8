/**
 * `npm run bench -- graphql [--seconds 10] [--rounds 2] [--only writes]`
 *
 * Starts the built api in a child process (a temp data dir, the demo data seeded), signs in as the
 * demo candidate, and measures with autocannon, in the same run:
 * - reads: the web app's dashboard query, 50 connections, against the api, against a bare
 *   graphql-js server over node:http that answers it from the same read-model file through the
 *   same query functions (with a cache of parsed and validated documents), and against a second
 *   api with its candidate read cache off (PIVOTAL_READ_CACHE_CANDIDATES=0), rotating which goes
 *   first each round;
 * - the staff lists and the analytics panels, against that api without its read cache and a bare
 *   server over its read-model file (graphql-read-phases.ts);
 * - writes: `applyForJob` (the web app's mutation, answered after read-your-writes) at 20
 *   connections, each request a new company and idempotency key, after a warm-up of writes
 *   (`--only writes` runs this phase alone, against one api: graphql-write-only.ts).
 * Prints a table of medians over the rounds; the last line is one JSON object.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { median } from './append-figures';
import { formatGraphqlTable, summarize, type MeasureRounds } from './graphql-figures';
import { load, post, type LoadFigures } from './graphql-load';
import { dashboardQuery, logInMutation } from './graphql-operations';
import { ensureApiBuilt, startApi, startBare, stopAll, type ChildServer } from './graphql-processes';
import { phaseFigures, readPhaseFields } from './graphql-read-figures';
import { runReadPhases } from './graphql-read-phases';
import { runWritesOnly } from './graphql-write-only';
import { measureWrites, WRITE_CONNECTIONS } from './graphql-write-phase';

const READ_CONNECTIONS = 50;
const DEMO_CANDIDATE = { email: 'candidate@demo.pivotal', password: 'demo-candidate-pass' };

const option = (args: string[], name: string, fallback: number): number => {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} takes a positive integer`);
  return value;
};

const say = (line: string) => process.stderr.write(`${line}\n`);
const round2 = (value: number) => Math.round(value * 100) / 100;

const roundLine = (figures: LoadFigures) =>
  `${Math.round(figures.perSec)} req/s, p99 ${figures.p99Ms} ms` +
  (figures.cpuMsPerAnswer === null ? '' : `, ${figures.cpuMsPerAnswer.toFixed(2)} CPU ms/answer`) +
  ` (load average ${loadavg()[0]?.toFixed(1)})`;

/** Signs in as the demo candidate; answers the bearer token. */
const logIn = async (api: ChildServer): Promise<string> => {
  const answer = await post<{ login: { token: string } }>(api.url, logInMutation, DEMO_CANDIDATE);
  if (!answer.data?.login.token) throw new Error(`the demo candidate could not sign in: ${JSON.stringify(answer.errors)}`);
  return answer.data.login.token;
};

/** Both servers must give the same answer to the dashboard, or the comparison means nothing. */
const checkSameAnswer = async (api: ChildServer, bare: ChildServer, query: string, token: string): Promise<number> => {
  const [fromApi, fromBare] = await Promise.all([post(api.url, query, {}, token), post(bare.url, query, {}, token)]);
  if (fromApi.errors || !isDeepStrictEqual(fromApi, fromBare)) {
    throw new Error(`the api and the bare server answer the dashboard differently:\n${JSON.stringify(fromApi).slice(0, 500)}\n${JSON.stringify(fromBare).slice(0, 500)}`);
  }
  const applications = (fromApi.data as { me: { candidate: { applications: unknown[] } } }).me.candidate.applications;
  return applications.length;
};

export const run = async (args: string[]): Promise<void> => {
  const seconds = option(args, 'seconds', 10);
  const rounds = option(args, 'rounds', 2);
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  if (only !== undefined && only !== 'writes') throw new Error('--only takes `writes`');
  const dataDir = mkdtempSync(join(tmpdir(), 'pivotal-bench-graphql-'));
  // Removed at the end, or at exit when a signal stops the run midway.
  const removeData = () => rmSync(dataDir, { recursive: true, force: true });
  process.once('exit', removeData);
  const jwtSecret = randomBytes(32).toString('hex');
  const dashboard = dashboardQuery;
  try {
    await ensureApiBuilt(say);
    if (only === 'writes') return await runWritesOnly({ args, dataDir, jwtSecret, seconds, rounds, say, roundLine, logIn });
    say(`starting the api on ${dataDir} (seeding the demo data)…`);
    const api = await startApi(dataDir, jwtSecret, join(dataDir, 'api.log'));
    const bare = await startBare(join(dataDir, 'read-models.sqlite'), jwtSecret, join(dataDir, 'bare.log'));
    // The same api with its candidate read cache off, on a data dir of its own (the demo is seeded alike).
    const uncachedDir = join(dataDir, 'uncached');
    mkdirSync(uncachedDir);
    say(`starting a second api with PIVOTAL_READ_CACHE_CANDIDATES=0 on ${uncachedDir}…`);
    const apiUncached = await startApi(uncachedDir, jwtSecret, join(dataDir, 'api-uncached.log'), {
      name: 'api, no read cache',
      env: { PIVOTAL_READ_CACHE_CANDIDATES: '0' },
    });
    const token = await logIn(api);
    const uncachedToken = await logIn(apiUncached);
    const applications = await checkSameAnswer(api, bare, dashboard, token);
    say(`api ${api.url} (pid ${api.pid}), bare ${bare.url} (pid ${bare.pid}); the dashboard has ${applications} applications; both answer it alike`);

    const readBody = JSON.stringify({ query: dashboard, operationName: 'Dashboard' });
    const reads = (server: ChildServer, phaseSeconds: number) =>
      load({
        url: server.url,
        token: server === apiUncached ? uncachedToken : token,
        connections: READ_CONNECTIONS,
        seconds: phaseSeconds,
        body: readBody,
        serverPid: server.pid,
      });
    const readers = [api, bare, apiUncached] as const;
    // Long enough for V8 to optimize the hot path and collect what seeding the demo left behind.
    const warmUp = Math.max(2, Math.round(seconds / 2));
    say(`warming the three up (${warmUp} s each)…`);
    for (const server of readers) await reads(server, warmUp);

    const readRounds = new Map<ChildServer, LoadFigures[]>(readers.map((server) => [server, []]));
    for (let round = 0; round < rounds; round += 1) {
      // Rotate who goes first: a noisy neighbour then weighs on all alike.
      const order = readers.map((_, i) => readers[(i + round) % readers.length] as ChildServer);
      for (const server of order) {
        const figures = await reads(server, seconds);
        readRounds.get(server)?.push(figures);
        say(`  round ${round + 1} reads ${server.name}: ${roundLine(figures)}`);
      }
    }
    const [apiReads, bareReads, uncachedReads] = readers.map((server) => readRounds.get(server) ?? []) as [LoadFigures[], LoadFigures[], LoadFigures[]];
    const readPhases = await runReadPhases({
      api: apiUncached,
      readModelsFile: join(uncachedDir, 'read-models.sqlite'),
      jwtSecret,
      bareLogFile: join(dataDir, 'bare-admin.log'),
      seconds,
      rounds,
      warmUpSeconds: warmUp,
      say,
    });

    const { rounds: writes, liveLagP99Ms, cpuMsPerWrite } = await measureWrites({ api, token, seconds, rounds, warmUpSeconds: warmUp, say, roundLine });

    const measures: MeasureRounds[] = [
      { what: `api reads (dashboard, ${READ_CONNECTIONS} conn)`, rounds: apiReads },
      { what: `bare graphql-js reads (${READ_CONNECTIONS} conn)`, rounds: bareReads },
      { what: `api reads, no read cache (${READ_CONNECTIONS} conn)`, rounds: uncachedReads },
      { what: `api writes (applyForJob, ${WRITE_CONNECTIONS} conn)`, rounds: writes },
    ];
    const [apiMeasure, bareMeasure, uncachedMeasure, writesMeasure] = measures as [MeasureRounds, MeasureRounds, MeasureRounds, MeasureRounds];
    const phaseFields = readPhaseFields(readPhases.staffList, readPhases.analytics, phaseFigures(uncachedReads, bareReads));
    const summary = { ...summarize(apiMeasure, bareMeasure, writesMeasure, uncachedMeasure), ...phaseFields, liveLagP99Ms, writeCpuMsPerWrite: round2(cpuMsPerWrite), loadAverage: loadavg().map((value) => Math.round(value * 100) / 100) };
    console.log(`\nGraphQL, ${rounds} round(s) of ${seconds} s per measure, medians (2-core machine, load ${loadavg()[0]?.toFixed(1)}):`);
    console.log(formatGraphqlTable([...measures, ...readPhases.measures]));
    const cpu = (rounds: readonly LoadFigures[]) => median(rounds.flatMap((r) => (r.cpuMsPerAnswer === null ? [] : [r.cpuMsPerAnswer])));
    const [apiCpu, bareCpu, uncachedCpu] = [cpu(apiReads), cpu(bareReads), cpu(uncachedReads)];
    if ([apiCpu, bareCpu, uncachedCpu].every(Number.isFinite)) {
      console.log(
        `\nCPU per dashboard answer: api ${apiCpu.toFixed(2)} ms, api without its read cache ${uncachedCpu.toFixed(2)} ms, bare ${bareCpu.toFixed(2)} ms` +
          ` (req/s swing with the machine's other load, CPU time less)`,
      );
    }
    console.log(
      `reads: ${summary.readRatio} of the bare server (target >= 0.6), p99 ${summary.readP99Ms} ms (target < 50); writes: ${summary.writesPerSec}/s (target >= 2,000), p99 ${summary.writeP99Ms} ms (target < 30), ${summary.writeCpuMsPerWrite} CPU ms per write; live projection lag p99 <= ${liveLagP99Ms} ms (target <= 20)`,
    );
    console.log(
      `without its read cache the api reads at ${summary.uncachedReadRatio} of the bare server (which reads the tables on every request), p99 ${summary.uncachedReadP99Ms} ms`,
    );
    console.log(
      `uncached reads against the bare server, req/s (per CPU ms): dashboard ${summary.uncachedReadRatio} (${phaseFields.uncachedReadCpuRatio}), staff lists ${phaseFields.staffListRatio} (${phaseFields.staffListCpuRatio}), analytics ${phaseFields.analyticsRatio} (${phaseFields.analyticsCpuRatio}); target >= 1.0`,
    );
    console.log(JSON.stringify(summary));
  } finally {
    await stopAll();
    removeData();
    process.off('exit', removeData);
  }
};
