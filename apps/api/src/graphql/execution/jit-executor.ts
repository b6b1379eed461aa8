import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  execute,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** Apollo's hook for an executor of its own: a "gateway" that serves one schema and runs operations. */
export type ExecutorGateway = NonNullable<ApolloServerOptionsWithGateway<BaseContext>['gateway']>;
type GatewayExecutor = NonNullable<Awaited<ReturnType<ExecutorGateway['load']>>['executor']>;
type GatewayRequest = Parameters<GatewayExecutor>[0];

/**
 * Enums and the built-in scalars are answered as the resolvers return them, without graphql-js's
 * serializers: these check and coerce each value, and graphql-jit's call to them allocates a path
 * and locations for every leaf of every row (about 1,800 objects for a dashboard of 50
 * applications), which is most of what a read allocates. What the resolvers return comes from
 * the read models, which the domain's validated events write and TypeScript types: strings for
 * ids and text, numbers for counts and rates, booleans computed in JS, enum values that are their
 * names. Null in a non-null field is still an error, and custom scalars (DateTime) keep their
 * serializer. jit-executor.spec.ts holds the api's leaf types to this.
 */
export const JIT_OPTIONS = { disableLeafSerialization: true } as const;

/** An operation compiled once: graphql-jit's function, or null where graphql-js runs it (subscriptions, what jit refuses). */
type Compiled = CompiledQuery | null;

// graphql-jit's errors are not graphql-js's class: rebuild them so that Apollo and `toClientError`
// see what graphql-js would have given (a field error carries its path and the error thrown).
const asGraphQLError = (error: GraphQLError): GraphQLError => {
  const thrown = error.originalError ?? (error.path ? new Error(error.message) : undefined);
  const rebuilt = new GraphQLError(error.message, {
    ...(error.path ? { path: error.path } : {}),
    ...(thrown ? { originalError: thrown } : {}),
    ...(error.extensions && !thrown ? { extensions: error.extensions } : {}),
  });
  if (error.locations) Object.defineProperty(rebuilt, 'locations', { value: error.locations, enumerable: true });
  return rebuilt;
};

const withGraphQLErrors = (result: ExecutionResult): ExecutionResult =>
  result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;

/**
 * Runs operations with graphql-jit: each (document, operation) is compiled once into a function and
 * kept as long as the parsed document is (Apollo keeps validated documents in its document store),
 * so a repeated query pays neither planning nor graphql-js's per-field bookkeeping. Variables are
 * coerced by graphql-js first, so a bad variable is refused in graphql-js's words; subscriptions
 * and anything jit cannot compile run through graphql-js's `execute`.
 */
export const createJitExecutor = (schema: GraphQLSchema) => {
  const compiledByDocument = new WeakMap<DocumentNode, Map<string, Compiled>>();

  const compiledFor = (document: DocumentNode, operation: OperationDefinitionNode, operationName: string | null): Compiled => {
    let byOperation = compiledByDocument.get(document);
    if (!byOperation) {
      byOperation = new Map();
      compiledByDocument.set(document, byOperation);
    }
    const key = operationName ?? '';
    let compiled = byOperation.get(key);
    if (compiled === undefined) {
      const attempt =
        operation.operation === 'subscription' ? null : compileQuery(schema, document, operationName ?? undefined, JIT_OPTIONS);
      compiled = attempt && isCompiledQuery(attempt) ? attempt : null;
      byOperation.set(key, compiled);
    }
    return compiled;
  };

  return async (args: {
    document: DocumentNode;
    operationName: string | null;
    variables: Record<string, unknown> | undefined;
    contextValue: unknown;
  }): Promise<ExecutionResult> => {
    const { document, operationName, variables, contextValue } = args;
    const operation = getOperationAST(document, operationName);
    const compiled = operation ? compiledFor(document, operation, operationName) : null;
    if (!operation || !compiled) {
      return execute({ schema, document, operationName, variableValues: variables, contextValue });
    }
    if (operation.variableDefinitions?.length) {
      const coerced = getVariableValues(schema, operation.variableDefinitions, variables ?? {}, { maxErrors: 50 });
      if (coerced.errors) return { errors: coerced.errors };
    }
    return withGraphQLErrors(await compiled.query(undefined, contextValue, variables ?? {}));
  };
};

/** The jit executor as Apollo's gateway hook, serving `schema`. */
export const jitGateway = (schema: GraphQLSchema): ExecutorGateway => {
  const run = createJitExecutor(schema);
  const executor: GatewayExecutor = async (request: GatewayRequest) =>
    run({
      document: request.document,
      // The name the client asked for: Apollo's `operationName` is the resolved one's, null when none resolved.
      operationName: request.request.operationName ?? request.operationName,
      variables: request.request.variables,
      contextValue: request.context,
    });
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    load: async () => ({ executor }),
    stop: async () => {},
  };
};
