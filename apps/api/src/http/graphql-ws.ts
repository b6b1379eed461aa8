import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import { parse, specifiedRules, validate, type GraphQLError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { createContext, type ApiServices, type GraphQLContext } from '../graphql/context';
import { originOf } from './request-origin';
import { forbidden, toClientError } from '../graphql/errors';
import { assertAffordable, depthLimit } from '../graphql/query-limits';
import { bearer } from './request-errors';
import { createErasedSockets } from './erased-sockets';

/**
 * graphql-ws on `/graphql` of the same HTTP server: the token comes in
 * `connectionParams.authorization`; every operation passes the same depth and cost limits as
 * over HTTP, and its errors the same masking. A socket whose account is erased is closed (see
 * {@link createErasedSockets}).
 */
export const attachGraphqlWs = (
  httpServer: Server,
  schema: GraphQLSchema,
  services: ApiServices,
  clientAddress: (req: IncomingMessage) => string,
) => {
  const { log } = services;
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: 1024 * 1024 });
  const erasedSockets = createErasedSockets(services.queries);
  const cleanup = useServer<{ authorization?: unknown }, { viewer: GraphQLContext['viewer']; clientAddress: string }>(
    {
      schema,
      onConnect: async (ctx) => {
        const token = bearer(ctx.connectionParams?.authorization);
        ctx.extra.viewer = token ? await services.tokens.verify(token) : null;
        ctx.extra.clientAddress = clientAddress(ctx.extra.request);
        if (ctx.extra.viewer) erasedSockets.opened(ctx.extra.socket, ctx.extra.viewer.accountId);
        return true;
      },
      onSubscribe: (ctx, _id, payload) => {
        if (erasedSockets.closeIfErased(ctx.extra.socket)) return [forbidden('the account was erased')];
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
          contextValue: createContext(
            services,
            ctx.extra.viewer ?? null,
            randomUUID(),
            () => log,
            ctx.extra.clientAddress ?? 'unknown',
            originOf(ctx.extra.request, services.publicUrl),
          ),
        };
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => toClientError(error, error, log)),
      onNext: (ctx, _id, _payload, _args, result) =>
        erasedSockets.closeIfErased(ctx.extra.socket)
          ? { data: null }
          : result.errors ? { ...result, errors: result.errors.map((error) => toClientError(error.toJSON(), error, log)) } : result,
    },
    wsServer,
  );
  return {
    /** Completes every subscription and closes the sockets. */
    close: async () => {
      erasedSockets.stop();
      await cleanup.dispose();
      wsServer.close();
    },
  };
};
