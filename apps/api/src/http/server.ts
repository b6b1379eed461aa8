import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { parse, specifiedRules, validate, type GraphQLError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { pinoHttp } from 'pino-http';
import { WebSocketServer } from 'ws';
import type { ApiServices, GraphQLContext } from '../graphql/context';
import { createContext } from '../graphql/context';
import { toClientError } from '../graphql/errors';
import { assertAffordable, depthLimit, MAX_COST } from '../graphql/query-limits';
import { appDistDirs, singlePageApp } from './static-apps';
import { readiness } from './readiness';

/** The largest request body accepted (a feedback with 20 long points is about 25 kB). */
export const BODY_LIMIT = '1mb';

export interface ServerOptions {
  readonly port: number;
  readonly host: string;
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

const bearer = (authorization: unknown): string | null => {
  if (typeof authorization !== 'string') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  return match?.[1] ?? null;
};

// The spec's media types for a request body; anything else is 415 (the spec's "unsupported media type").
const JSON_BODY = /^application\/(json|graphql-response\+json)\s*(;|$)/i;
const requireJsonBody: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST' || JSON_BODY.test(req.headers['content-type'] ?? '')) return next();
  res.status(415).json({
    errors: [{ message: 'send the request as application/json', extensions: { code: 'BAD_REQUEST' } }],
  });
};

/** Malformed JSON, an oversized body: the client's mistakes, answered in GraphQL's error shape. */
const bodyErrors: ErrorRequestHandler = (error: { type?: string; status?: number }, req, res, next) => {
  if (error.type === 'entity.parse.failed') {
    req.log.info({ reason: 'malformed JSON body' }, 'refused a request');
    res.status(400).json({ errors: [{ message: 'the request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
  } else if (error.type === 'entity.too.large') {
    req.log.info({ reason: 'body too large' }, 'refused a request');
    res.status(413).json({
      errors: [{ message: `the request body is larger than ${BODY_LIMIT}`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  } else if (typeof error.status === 'number' && error.status >= 400 && error.status < 500) {
    res.status(error.status).json({ errors: [{ message: 'bad request', extensions: { code: 'BAD_REQUEST' } }] });
  } else {
    next(error);
  }
};

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
  const httpServer = createServer(app);
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: 1024 * 1024 });

  const wsCleanup = useServer<{ authorization?: unknown }, { viewer: GraphQLContext['viewer'] }>(
    {
      schema,
      onConnect: async (ctx) => {
        const token = bearer(ctx.connectionParams?.authorization);
        ctx.extra.viewer = token ? await services.tokens.verify(token) : null;
        return true;
      },
      // The same limits as over HTTP: parse, validate with the depth rule, price, then run.
      onSubscribe: (ctx, _id, payload) => {
        let document;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error as GraphQLError];
        }
        const errors = validate(schema, document, [...specifiedRules, depthLimit()]);
        if (errors.length > 0) return errors;
        const variables = payload.variables ?? undefined;
        try {
          assertAffordable(schema, document, variables, payload.operationName ?? undefined);
        } catch (error) {
          return [error as GraphQLError];
        }
        return {
          schema,
          document,
          variableValues: variables,
          operationName: payload.operationName,
          contextValue: createContext(services, ctx.extra.viewer ?? null, randomUUID(), log),
        };
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => toClientError(error, error, log)),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((error) => toClientError(error.toJSON(), error, log)) } : result,
    },
    wsServer,
  );

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // Tokens travel in a header, never in cookies: a cross-site page cannot borrow a session.
    csrfPrevention: false,
    persistedQueries: false,
    logger: log,
    validationRules: [depthLimit()],
    formatError: (formatted, error) => toClientError(formatted, error, log),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching of answers that depend on the viewer; it would also wrap every resolver.
      ApolloServerPluginCacheControlDisabled(),
      {
        async requestDidStart() {
          return {
            async didResolveOperation({ schema: operationSchema, document, request, operationName }) {
              const key = request.query && request.query.length < 10_000 ? `${operationName}\u0000${request.query}\u0000${JSON.stringify(request.variables ?? {})}` : undefined;
              assertAffordable(operationSchema, document, request.variables, operationName ?? undefined, MAX_COST, key);
            },
            async willSendResponse({ operation, errors }) {
              metrics.graphqlOperations.inc({ type: operation?.operation ?? 'unknown', outcome: errors?.length ? 'error' : 'ok' });
            },
          };
        },
      },
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.use(
    pinoHttp({
      logger: log,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && /^[\w-]{1,100}$/.test(given) ? given : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'info' : 'debug'),
      serializers: { req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }) },
    }),
  );
  app.use((req, res, next) => {
    const route = req.path.startsWith('/graphql') ? '/graphql' : req.path.startsWith('/admin') ? '/admin' : ['/healthz', '/readyz', '/metrics'].includes(req.path) ? req.path : '/';
    const stop = metrics.httpDuration.startTimer({ method: req.method, route });
    res.on('finish', () => {
      stop();
      metrics.httpRequests.inc({ method: req.method, route, status: String(res.statusCode) });
    });
    next();
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

  app.use(
    '/graphql',
    requireJsonBody,
    express.json({ limit: BODY_LIMIT, type: () => true }),
    bodyErrors,
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const token = bearer(req.headers.authorization);
        const viewer = token ? await services.tokens.verify(token) : null;
        return createContext(services, viewer, String(req.id), req.log);
      },
    }),
  );

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
      wsServer.close();
      httpServer.closeAllConnections();
    },
  };
};
