import {
  CombinedError,
  getOperationName,
  makeOperation,
  type Client,
  type GraphQLRequest,
  type OperationContext,
  type OperationResult,
} from 'urql';
import { concat, fromValue, makeSubject, never, type Source } from 'wonka';

/** What the fake network answers to one operation: data, an error, or nothing yet. */
export type Answer = { data: unknown } | { error: CombinedError } | 'pending';

/** Answers by operation name; a function sees the variables of each call. */
export type Answers = Record<string, Answer | ((variables: Record<string, unknown>, call: number) => Answer)>;

/** One operation the screen sent. */
export interface Call {
  name: string;
  kind: 'query' | 'mutation' | 'subscription';
  variables: Record<string, unknown>;
}

/** A client whose network is a table of answers, plus what was asked of it and a way to push events. */
export interface TestClient {
  client: Client;
  calls: Call[];
  /** Pushes a subscription event (by operation name) to the screens listening. */
  push: (name: string, data: unknown) => void;
  /** Calls of one operation, in order. */
  callsOf: (name: string) => Call[];
}

const context = { url: '/graphql', requestPolicy: 'cache-first' } as OperationContext;

/** A GraphQL error as the api sends it, with its `extensions.code` (and `field`, for BAD_USER_INPUT). */
export const apiError = (code: string, message: string, field?: string): { error: CombinedError } => ({
  error: new CombinedError({
    graphQLErrors: [{ message, extensions: { code, ...(field ? { field } : {}) } }],
  }),
});

/** The network failing altogether. */
export const networkDown = (): { error: CombinedError } => ({
  error: new CombinedError({ networkError: new Error('Failed to fetch') }),
});

/**
 * An urql client for component tests: the exchanges and network are replaced by `fromValue`
 * answers (or `never`, for loading states), so the components, hooks and urql's Provider are real.
 * Subscriptions are subjects that a test pushes events into.
 */
export const testClient = (answers: Answers): TestClient => {
  const calls: Call[] = [];
  const subjects = new Map<string, ReturnType<typeof makeSubject<OperationResult>>>();

  const execute =
    (kind: Call['kind']) =>
    (request: GraphQLRequest): Source<OperationResult> => {
      const name = getOperationName(request.query) ?? '(anonymous)';
      const variables = (request.variables ?? {}) as Record<string, unknown>;
      const callNumber = calls.filter((c) => c.name === name).length;
      calls.push({ name, kind, variables });
      const operation = makeOperation(kind, request, context);
      if (kind === 'subscription') {
        const subject = subjects.get(name) ?? makeSubject<OperationResult>();
        subjects.set(name, subject);
        return subject.source;
      }
      const entry = answers[name];
      const answer = typeof entry === 'function' ? entry(variables, callNumber) : entry;
      if (!answer) throw new Error(`the test gave no answer to ${kind} ${name}`);
      if (answer === 'pending') return never;
      // Like a real client's, the stream stays open after its answer (a completed query resets its error).
      const result: OperationResult = {
        operation,
        data: 'data' in answer ? answer.data : undefined,
        error: 'error' in answer ? answer.error : undefined,
        stale: false,
        hasNext: false,
      };
      return kind === 'mutation' ? fromValue(result) : concat([fromValue(result), never]);
    };

  const client = {
    suspense: false,
    executeQuery: execute('query'),
    executeMutation: execute('mutation'),
    executeSubscription: execute('subscription'),
  } as unknown as Client;

  return {
    client,
    calls,
    callsOf: (name) => calls.filter((c) => c.name === name),
    push: (name, data) => {
      const subject = subjects.get(name);
      if (!subject) throw new Error(`nothing subscribed to ${name}`);
      subject.next({
        operation: makeOperation('subscription', { key: 0, query: { kind: 'Document', definitions: [] } } as never, context),
        data,
        stale: false,
        hasNext: true,
      });
    },
  };
};
