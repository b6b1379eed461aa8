import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { ApiServices } from '../graphql/context';
import { clientAddressOf } from './client-address';
import { graphqlEndpoint } from './graphql-endpoint';
import { createApollo } from './graphql-http';
import { attachGraphqlWs } from './graphql-ws';
import { appDistDirs, singlePageApp } from './static-apps';
import { readiness } from './readiness';
import { securityHeaders } from './security-headers';
import { logRequest } from './request-log';
import { requestMeasurer, routeOf } from './request-metrics';

export interface ServerOptions {
  readonly port: number;
  readonly host: string;
  /** Proxies whose `X-Forwarded-For` names the client (`PIVOTAL_TRUST_PROXY`); none by default. */
  readonly trustProxy?: readonly string[];
  /** Where the web and admin builds are; defaults to the repository's `apps/{web,admin}/dist`. */
  readonly distDirs?: { readonly web: string; readonly admin: string };
}

/** A listening server and how to stop it. */
export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly httpServer: Server;
  /** Stops accepting, lets in-flight requests finish, closes subscriptions. */
  close(): Promise<void>;
}

/**
 * Starts Pivotal's HTTP server: GraphQL over HTTP and over graphql-ws on `/graphql`, health,
 * readiness and metrics, and the web and admin apps.
 */
export const startServer = async (
  schema: GraphQLSchema,
  services: ApiServices,
  options: ServerOptions,
): Promise<RunningServer> => {
  const { log, metrics } = services;
  const app = express();
  app.disable('x-powered-by');
  // An ETag hashes every answer, and no GraphQL POST is ever revalidated.
  app.disable('etag');
  const httpServer = createServer();
  const clientAddress = clientAddressOf(options.trustProxy ?? []);
  const ws = attachGraphqlWs(httpServer, schema, services, clientAddress);
  const apollo = createApollo(httpServer, schema, services, ws.close);
  await apollo.start();
  const graphql = graphqlEndpoint(apollo, services, clientAddress);
  const measureRequest = requestMeasurer(metrics);
  const secure = securityHeaders();
  // Every request gets an id, a log line, its metrics and the security headers; /graphql then goes
  // straight to Apollo, the rest to Express.
  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    logRequest(log, req, res);
    measureRequest(req, res);
    secure(req, res, () => {
      if (routeOf(req.url) === '/graphql') graphql(req, res);
      else app(req, res);
    });
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', (_req, res) => {
    const answer = readiness(services.projections.status());
    res.status(answer.ready ? 200 : 503).json(answer);
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  const dist = options.distDirs ?? appDistDirs();
  app.use('/admin', singlePageApp(dist.admin, 'Pivotal admin', '@pivotal/admin'));
  app.use('/', singlePageApp(dist.web, 'Pivotal', '@pivotal/web'));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    port,
    httpServer,
    close: async () => {
      // Apollo's drain plugin stops accepting, waits for in-flight requests, then closes the sockets.
      await apollo.stop();
      httpServer.closeAllConnections();
    },
  };
};
