/** Load for the GraphQL benchmark: autocannon POSTing GraphQL requests, and what it measured. */
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
}

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
  return {
    perSec: ok / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    answered: ok + result.non2xx,
    non2xx: result.non2xx,
    failed: result.errors,
    graphqlErrors,
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
