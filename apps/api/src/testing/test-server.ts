import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import pino from 'pino';
import WebSocket from 'ws';
import { loadConfig } from '../config';
import { startServer, type RunningServer } from '../http/server';
import { createPivotal, type Pivotal, type PivotalOptions } from '../pivotal';

/** A GraphQL answer as the client received it. */
export interface GraphQLAnswer<D = Record<string, unknown>> {
  readonly status: number;
  readonly contentType: string | null;
  readonly data?: D | null;
  readonly errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string } }[];
}

export interface TestServer {
  readonly url: string;
  readonly graphqlUrl: string;
  readonly wsUrl: string;
  readonly dataDir: string;
  readonly pivotal: Pivotal;
  readonly server: RunningServer;
  /** POSTs one operation as JSON, with a bearer token when given. */
  gql<D = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLAnswer<D>>;
  /** A graphql-ws client signed in with the token (close it when done). */
  wsClient(token?: string): Client;
  /** Stops the server and the process parts; keeps the data dir unless `removeData`. */
  close(options?: { removeData?: boolean }): Promise<void>;
}

/**
 * The real server on an ephemeral port of 127.0.0.1 with a data dir of its own (a temporary one
 * unless given): what the e2e tests and benchmarks start, and what the api's own tests talk to
 * over HTTP and websockets.
 */
export const startTestServer = async (
  options: { dataDir?: string; env?: Record<string, string>; pivotal?: PivotalOptions } = {},
): Promise<TestServer> => {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'pivotal-api-'));
  const config = loadConfig({
    PIVOTAL_DATA_DIR: dataDir,
    PORT: '0',
    PIVOTAL_DEMO: '0',
    LOG_LEVEL: 'silent',
    // Suites sign many candidates up from 127.0.0.1; the throttling specs set the limits they test.
    PIVOTAL_THROTTLE_SIGNUP_ADDRESS: '100000/1h',
    ...options.env,
  });
  const pivotal = await createPivotal(config, { log: pino({ level: config.logLevel }), ...options.pivotal });
  const server = await startServer(pivotal.schema, pivotal.services, { port: 0, host: '127.0.0.1', trustProxy: config.trustProxy });
  const graphqlUrl = `${server.url}/graphql`;
  const wsUrl = graphqlUrl.replace(/^http/, 'ws');
  return {
    url: server.url,
    graphqlUrl,
    wsUrl,
    dataDir,
    pivotal,
    server,
    async gql(query, variables, token) {
      const response = await fetch(graphqlUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as object;
      return { status: response.status, contentType: response.headers.get('content-type'), ...body };
    },
    wsClient: (token) =>
      createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        retryAttempts: 0,
        lazy: true,
      }),
    async close(closeOptions) {
      await server.close();
      await pivotal.close();
      if (closeOptions?.removeData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
