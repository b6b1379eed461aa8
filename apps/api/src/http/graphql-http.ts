import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { GraphQLSchema } from 'graphql';
import type { ApiServices, GraphQLContext } from '../graphql/context';
import { toClientError } from '../graphql/errors';
import { costKey } from '../graphql/execution/cost-key';
import { jitGateway } from '../graphql/execution/jit-executor';
import { assertAffordable, depthLimit, MAX_COST } from '../graphql/query-limits';
import { retryAfterHeader } from './retry-after';

/**
 * Apollo Server for GraphQL over HTTP: introspection on, no stack traces, the depth rule at
 * validation and the cost check before execution, errors masked, and a drain on stop that lets
 * in-flight requests finish (and then closes the websockets through `onDrain`).
 */
export const createApollo = (
  httpServer: Server,
  schema: GraphQLSchema,
  { log, metrics }: ApiServices,
  onDrain: () => Promise<void>,
) =>
  new ApolloServer<GraphQLContext>({
    // Apollo's pipeline (document cache, validation, plugins, errors) with graphql-jit executing.
    gateway: jitGateway(schema),
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // Tokens travel in a header, never in cookies: a cross-site page cannot borrow a session.
    csrfPrevention: false,
    persistedQueries: false,
    // The process stops in its own order (server, projections, databases); Apollo would re-raise the signal midway.
    stopOnTerminationSignals: false,
    logger: log,
    validationRules: [depthLimit()],
    formatError: (formatted, error) => toClientError(formatted, error, log),
    // Apollo's default appends a newline, which costs a copy of every answer.
    stringifyResult: (result) => JSON.stringify(result),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching of answers that depend on the viewer; it would also wrap every resolver.
      ApolloServerPluginCacheControlDisabled(),
      retryAfterHeader,
      {
        async requestDidStart() {
          return {
            async didResolveOperation({ schema: operationSchema, document, request, operationName }) {
              const key = costKey(document, operationName, request.query, request.variables);
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
          return { drainServer: onDrain };
        },
      },
    ],
  });
