/**
 * The staff-list and analytics read phases of `npm run bench -- graphql`: the admin app's
 * queries (graphql-admin-operations.ts) against the api with its candidate read cache off and
 * against a bare graphql-js server over that api's read-model file, signed in as the demo staff
 * member and the demo analyst. Each phase first checks that both servers give the same answer to
 * every request it sends, then alternates rounds, rotating which server goes first.
 */
import { loadavg } from 'node:os';
import { analyticsRequests, staffListRequests, type ReadRequest } from './graphql-admin-operations';
import type { MeasureRounds } from './graphql-figures';
import { load, post, type LoadFigures } from './graphql-load';
import { startBare, type ChildServer } from './graphql-processes';
import { phaseFigures, sameAnswer, type PhaseFigures } from './graphql-read-figures';

const DEMO_STAFF = { email: 'staff@demo.pivotal', password: 'demo-staff-pass' };
const DEMO_ANALYST = { email: 'analyst@demo.pivotal', password: 'demo-analyst-pass' };
/**
 * Connections of these phases: an answer costs 10 to 40 ms of CPU here (against about 1 for a
 * dashboard), so 50 in flight would queue seconds of work that spills past a round's end into
 * the next round and the next server's; 10 keep both servers busy with little spilling.
 */
export const ADMIN_READ_CONNECTIONS = 10;
const LOG_IN = 'mutation LogIn($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';

export interface ReadPhasesOptions {
  /** The api to measure (its candidate read cache off) and its read-model file, which the bare server reads. */
  readonly api: ChildServer;
  readonly readModelsFile: string;
  readonly jwtSecret: string;
  readonly bareLogFile: string;
  readonly seconds: number;
  readonly rounds: number;
  readonly warmUpSeconds: number;
  readonly say: (line: string) => void;
}

export interface ReadPhasesResult {
  readonly staffList: PhaseFigures;
  readonly analytics: PhaseFigures;
  /** For the benchmark's table: each phase on each server. */
  readonly measures: MeasureRounds[];
}

const logIn = async (api: ChildServer, who: { email: string; password: string }): Promise<string> => {
  const answer = await post<{ login: { token: string } }>(api.url, LOG_IN, who);
  if (!answer.data?.login.token) throw new Error(`${who.email} could not sign in: ${JSON.stringify(answer.errors)}`);
  return answer.data.login.token;
};

/** Both servers must answer every request of a phase alike, without errors, or the comparison means nothing. */
const checkSameAnswers = async (api: ChildServer, bare: ChildServer, requests: readonly ReadRequest[], token: string): Promise<string> => {
  const sizes: string[] = [];
  for (const request of requests) {
    const [fromApi, fromBare] = await Promise.all([
      post(api.url, request.query, request.variables, token),
      post(bare.url, request.query, request.variables, token),
    ]);
    if (fromApi.errors || !fromApi.data || !sameAnswer(fromApi, fromBare)) {
      throw new Error(
        `the api and the bare server answer ${request.operationName} differently:\n${JSON.stringify(fromApi).slice(0, 800)}\n${JSON.stringify(fromBare).slice(0, 800)}`,
      );
    }
    const text = JSON.stringify(fromApi);
    sizes.push(`${request.operationName} ${text.length} bytes`);
  }
  return sizes.join(', ');
};

const roundLine = (figures: LoadFigures) =>
  `${Math.round(figures.perSec)} req/s, p99 ${figures.p99Ms} ms` +
  (figures.cpuMsPerAnswer === null ? '' : `, ${figures.cpuMsPerAnswer.toFixed(2)} CPU ms/answer`) +
  (figures.graphqlErrors + figures.non2xx > 0 ? `, ${figures.graphqlErrors + figures.non2xx} failed answers` : '') +
  ` (load average ${loadavg()[0]?.toFixed(1)})`;

/** Runs both phases; the bare server it starts is stopped with the benchmark's other children. */
export const runReadPhases = async (options: ReadPhasesOptions): Promise<ReadPhasesResult> => {
  const { api, say } = options;
  const bare = await startBare(options.readModelsFile, options.jwtSecret, options.bareLogFile);
  const staffToken = await logIn(api, DEMO_STAFF);
  const analystToken = await logIn(api, DEMO_ANALYST);
  const phases = [
    { name: 'staff lists', requests: staffListRequests, token: staffToken },
    { name: 'analytics', requests: analyticsRequests, token: analystToken },
  ] as const;
  for (const phase of phases) {
    say(`${phase.name}: both answer alike (${await checkSameAnswers(api, bare, phase.requests, phase.token)})`);
  }

  const servers = [api, bare] as const;
  const reads = (server: ChildServer, phase: (typeof phases)[number], seconds: number) => {
    const bodies = phase.requests.map(({ operationName, query, variables }) => JSON.stringify({ query, operationName, variables }));
    return load({
      url: server.url,
      token: phase.token,
      connections: ADMIN_READ_CONNECTIONS,
      seconds,
      // The phase's operations in turn, as a screen of the admin app sends them.
      body: (n) => bodies[n % bodies.length] as string,
      // Every answer is read: an error is cheap to send and would flatter whoever sent it.
      checkBodies: true,
      serverPid: server.pid,
    });
  };
  say(`warming the staff-list and analytics phases up (${options.warmUpSeconds} s each)…`);
  for (const phase of phases) for (const server of servers) await reads(server, phase, options.warmUpSeconds);

  const figures = new Map<string, LoadFigures[]>();
  const keep = (server: ChildServer, phase: string, result: LoadFigures) => {
    const key = `${phase}|${server.name}`;
    figures.set(key, [...(figures.get(key) ?? []), result]);
  };
  for (let round = 0; round < options.rounds; round += 1) {
    for (const phase of phases) {
      const order = round % 2 === 0 ? servers : ([bare, api] as const);
      for (const server of order) {
        const result = await reads(server, phase, options.seconds);
        keep(server, phase.name, result);
        say(`  round ${round + 1} ${phase.name} ${server.name}: ${roundLine(result)}`);
      }
    }
  }
  const of = (phase: string, server: ChildServer) => figures.get(`${phase}|${server.name}`) ?? [];
  // A wrong answer voids the comparison; a timeout on a loaded machine only shows in the table's failures.
  const failures = [...figures.values()].flat().reduce((sum, r) => sum + r.graphqlErrors + r.non2xx, 0);
  if (failures > 0) throw new Error(`${failures} answers of the staff-list and analytics phases failed: their figures mean nothing`);
  return {
    staffList: phaseFigures(of('staff lists', api), of('staff lists', bare)),
    analytics: phaseFigures(of('analytics', api), of('analytics', bare)),
    measures: phases.flatMap((phase) => [
      { what: `${api.name}: ${phase.name} (${ADMIN_READ_CONNECTIONS} conn)`, rounds: of(phase.name, api) },
      { what: `bare graphql-js: ${phase.name} (${ADMIN_READ_CONNECTIONS} conn)`, rounds: of(phase.name, bare) },
    ]),
  };
};
