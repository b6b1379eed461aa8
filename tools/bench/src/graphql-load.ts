/** Load for the GraphQL benchmark: autocannon POSTing GraphQL requests, and what it measured. */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

/** What one load phase measured. */
export interface LoadFigures {
  /** Answers with a 2xx status per second of the phase. */
  readonly perSec: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Answers in all, those that were not 2xx, and connection errors (timeouts included). */
  readonly answered: number;
  readonly non2xx: number;
  readonly failed: number;
  /** Answers whose body held GraphQL `errors` (counted only when `checkBodies`). */
  readonly graphqlErrors: number;
  /** CPU time the server process spent per 2xx answer, when its pid is known (Linux): steadier than req/s on a shared machine. */
  readonly cpuMsPerAnswer: number | null;
}

export interface LoadOptions {
  readonly url: string;
  readonly token: string;
  readonly connections: number;
  readonly seconds: number;
  /** The request body: the same for every request, or made afresh for each (the n-th, from 0). */
  readonly body: string | ((n: number) => string);
  /** Reads every answer's body to count GraphQL errors (costs the load generator some CPU). */
  readonly checkBodies?: boolean;
  /** The server's process id, to read its CPU time from /proc before and after. */
  readonly serverPid?: number;
}

/** User plus system CPU time of a process in milliseconds, from /proc (null where there is none). */
export const processCpuMs = (pid: number): number | null => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * (1000 / CLOCK_TICKS_PER_SECOND) : null;
  } catch {
    return null;
  }
};
// Linux's USER_HZ, 100 on every common architecture.
const CLOCK_TICKS_PER_SECOND = 100;

const headersFor = (token: string) => ({
  'content-type': 'application/json',
  accept: 'application/graphql-response+json, application/json',
  authorization: `Bearer ${token}`,
});

/** Runs autocannon for `seconds` with `connections` connections; answers its figures. */
export const load = async (options: LoadOptions): Promise<LoadFigures> => {
  let made = 0;
  let graphqlErrors = 0;
  const { body } = options;
  const cpuBefore = options.serverPid ? processCpuMs(options.serverPid) : null;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    timeout: 30,
    method: 'POST',
    headers: headersFor(options.token),
    requests: [
      {
        method: 'POST',
        ...(typeof body === 'string' ? { body } : { setupRequest: (request) => ({ ...request, body: body(made++) }) }),
        ...(options.checkBodies
          ? {
              onResponse: (_status: number, answer: string) => {
                if (answer.includes('"errors"')) graphqlErrors += 1;
              },
            }
          : {}),
      },
    ],
  });
  const ok = result['2xx'];
  const cpuAfter = options.serverPid ? processCpuMs(options.serverPid) : null;
  return {
    perSec: ok / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    answered: ok + result.non2xx,
    non2xx: result.non2xx,
    failed: result.errors,
    graphqlErrors,
    cpuMsPerAnswer: cpuBefore !== null && cpuAfter !== null && ok > 0 ? (cpuAfter - cpuBefore) / ok : null,
  };
};

/** One POST of a GraphQL request, for checks outside the load. */
export const post = async <D>(url: string, query: string, variables: Record<string, unknown> = {}, token = ''): Promise<{ data?: D; errors?: { message: string }[] }> => {
  const response = await fetch(url, {
    method: 'POST',
    headers: token ? headersFor(token) : { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: D; errors?: { message: string }[] };
};
