/**
 * `npm run bench -- graphql [--seconds 10] [--rounds 2]`
 *
 * Starts the built api in a child process (a temp data dir, the demo data seeded), signs in as the
 * demo candidate, and measures with autocannon, in the same run:
 * - reads: the web app's dashboard query, 50 connections, against the api and against a bare
 *   graphql-js server over node:http that answers it from the same read-model file through the
 *   same query functions (with a cache of parsed and validated documents), alternating which goes
 *   first each round;
 * - writes: `applyForJob` (the web app's mutation, answered after read-your-writes) at 20
 *   connections, each request a new company and idempotency key.
 * Prints a table of medians over the rounds; the last line is one JSON object.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { median } from './append-figures';
import { formatGraphqlTable, summarize, type MeasureRounds } from './graphql-figures';
import { load, post, type LoadFigures } from './graphql-load';
import { applyForJobMutation, dashboardQuery, logInMutation } from './graphql-operations';
import { ensureApiBuilt, startApi, startBare, stopAll, type ChildServer } from './graphql-processes';

const READ_CONNECTIONS = 50;
const WRITE_CONNECTIONS = 20;
const DEMO_CANDIDATE = { email: 'candidate@demo.pivotal', password: 'demo-candidate-pass' };

const option = (args: string[], name: string, fallback: number): number => {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} takes a positive integer`);
  return value;
};

const say = (line: string) => process.stderr.write(`${line}\n`);

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
  const dataDir = mkdtempSync(join(tmpdir(), 'pivotal-bench-graphql-'));
  // Removed at the end, or at exit when a signal stops the run midway.
  const removeData = () => rmSync(dataDir, { recursive: true, force: true });
  process.once('exit', removeData);
  const jwtSecret = randomBytes(32).toString('hex');
  const dashboard = dashboardQuery;
  const applyForJob = applyForJobMutation;
  try {
    await ensureApiBuilt(say);
    say(`starting the api on ${dataDir} (seeding the demo data)…`);
    const api = await startApi(dataDir, jwtSecret, join(dataDir, 'api.log'));
    const bare = await startBare(join(dataDir, 'read-models.sqlite'), jwtSecret, join(dataDir, 'bare.log'));
    const token = await logIn(api);
    const applications = await checkSameAnswer(api, bare, dashboard, token);
    say(`api ${api.url} (pid ${api.pid}), bare ${bare.url} (pid ${bare.pid}); the dashboard has ${applications} applications; both answer it alike`);

    const readBody = JSON.stringify({ query: dashboard, operationName: 'Dashboard' });
    const reads = (server: ChildServer, phaseSeconds: number) =>
      load({ url: server.url, token, connections: READ_CONNECTIONS, seconds: phaseSeconds, body: readBody, serverPid: server.pid });
    // Long enough for V8 to optimize the hot path and collect what seeding the demo left behind.
    const warmUp = Math.max(2, Math.round(seconds / 2));
    say(`warming both up (${warmUp} s each)…`);
    await reads(api, warmUp);
    await reads(bare, warmUp);

    const apiReads: LoadFigures[] = [];
    const bareReads: LoadFigures[] = [];
    for (let round = 0; round < rounds; round += 1) {
      // Alternate who goes first: a noisy neighbour then weighs on both alike.
      const order = round % 2 === 0 ? ([api, bare] as const) : ([bare, api] as const);
      for (const server of order) {
        const figures = await reads(server, seconds);
        (server === api ? apiReads : bareReads).push(figures);
        say(`  round ${round + 1} reads ${server.name}: ${roundLine(figures)}`);
      }
    }

    const runId = randomBytes(4).toString('hex');
    const writeBody = (n: number) =>
      JSON.stringify({
        query: applyForJob,
        operationName: 'ApplyForJob',
        variables: { input: { company: `Bench ${runId} #${n}`, role: 'Engineer', idempotencyKey: `bench-${runId}-${n}` } },
      });
    const writes: LoadFigures[] = [];
    for (let round = 0; round < rounds; round += 1) {
      const offset = round * 1_000_000;
      const figures = await load({
        url: api.url,
        token,
        connections: WRITE_CONNECTIONS,
        seconds,
        body: (n) => writeBody(offset + n),
        checkBodies: true,
        serverPid: api.pid,
      });
      writes.push(figures);
      say(`  round ${round + 1} writes api: ${roundLine(figures)}`);
    }

    const measures: MeasureRounds[] = [
      { what: `api reads (dashboard, ${READ_CONNECTIONS} conn)`, rounds: apiReads },
      { what: `bare graphql-js reads (${READ_CONNECTIONS} conn)`, rounds: bareReads },
      { what: `api writes (applyForJob, ${WRITE_CONNECTIONS} conn)`, rounds: writes },
    ];
    const summary = summarize(measures[0] as MeasureRounds, measures[1] as MeasureRounds, measures[2] as MeasureRounds);
    console.log(`\nGraphQL, ${rounds} round(s) of ${seconds} s per measure, medians (2-core machine, load ${loadavg()[0]?.toFixed(1)}):`);
    console.log(formatGraphqlTable(measures));
    const cpu = (rounds: readonly LoadFigures[]) => median(rounds.flatMap((r) => (r.cpuMsPerAnswer === null ? [] : [r.cpuMsPerAnswer])));
    const [apiCpu, bareCpu] = [cpu(apiReads), cpu(bareReads)];
    if (Number.isFinite(apiCpu) && Number.isFinite(bareCpu)) {
      console.log(`\nCPU per dashboard answer: api ${apiCpu.toFixed(2)} ms, bare ${bareCpu.toFixed(2)} ms (ratio ${(bareCpu / apiCpu).toFixed(2)}; req/s swing with the machine's other load, CPU time less)`);
    }
    console.log(
      `reads: ${summary.readRatio} of the bare server (target >= 0.6), p99 ${summary.readP99Ms} ms (target < 50); writes: p99 ${summary.writeP99Ms} ms (target < 50)`,
    );
    console.log(JSON.stringify(summary));
  } finally {
    await stopAll();
    removeData();
    process.off('exit', removeData);
  }
};
