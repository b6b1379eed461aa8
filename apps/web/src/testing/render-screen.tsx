import { createSessionStore, type SessionStore } from '@pivotal/client';
import { render, type RenderResult } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import type { ReactElement } from 'react';
import { CombinedError, Provider, type Client, type GraphQLRequest, type OperationResult } from 'urql';
import { vi } from 'vitest';
import { concat, fromValue, never, type Source } from 'wonka';
import { SessionProvider } from '../session/session-context';

/*
 * A test double for the network only: an urql client whose answers are wonka streams —
 * `fromValue(result)` for an answer, `never` for one still on its way. Screens, hooks, routing and
 * the session store are the real ones.
 */

type Answer = (request: GraphQLRequest) => Source<Partial<OperationResult>>;

/** The operation name of a request, to answer each operation differently. */
export const operationName = (request: GraphQLRequest): string | undefined => {
  for (const definition of request.query.definitions) {
    if (definition.kind === 'OperationDefinition') return definition.name?.value;
  }
  return undefined;
};

/** A client that answers queries, mutations and subscriptions with the given streams (`never` by default). */
export const clientAnswering = (
  answers: { query?: Answer; mutation?: Answer; subscription?: Answer } = {},
) => {
  const client = {
    executeQuery: vi.fn(answers.query ?? (() => never)),
    executeMutation: vi.fn(answers.mutation ?? (() => never)),
    executeSubscription: vi.fn(answers.subscription ?? (() => never)),
  };
  return client as typeof client & Client;
};

// Like a real query stream, an answer stays open afterwards (urql clears the error of a stream that ends).
const openAfter = (result: Partial<OperationResult>): Source<Partial<OperationResult>> =>
  concat([fromValue(result), never]);

/** A stream with one successful answer. */
export const answer = (data: object) => openAfter({ data, stale: false, hasNext: false });

/** A stream with one answer carrying a GraphQL error with `extensions`. */
export const failure = (message: string, extensions: Record<string, unknown>) =>
  openAfter({
    error: new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] }),
    stale: false,
    hasNext: false,
  });

/** The variables each call of a client method was made with. */
export const variablesOf = (method: { mock: { calls: unknown[][] } }) =>
  method.mock.calls.map(([request]) => (request as GraphQLRequest).variables);

const base64Url = (value: object) =>
  btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

/** A token shaped like the api's JWT, valid for an hour. */
export const tokenValidForAnHour = () =>
  `${base64Url({ alg: 'HS256' })}.${base64Url({ sub: 'u1', exp: Math.floor(Date.now() / 1000) + 3600 })}.signature`;

/** A session store in memory; signed in unless `signedIn: false`. */
export const testSessionStore = ({ signedIn = true } = {}): SessionStore => {
  const items = new Map<string, string>();
  const store = createSessionStore({
    storage: {
      getItem: (key) => items.get(key) ?? null,
      setItem: (key, value) => void items.set(key, value),
      removeItem: (key) => void items.delete(key),
    },
  });
  if (signedIn) store.signIn(tokenValidForAnHour());
  return store;
};

/** Renders a screen with the client double and a session store. */
export const renderScreen = (
  ui: ReactElement,
  { client = clientAnswering(), store = testSessionStore() }: { client?: Client; store?: SessionStore } = {},
): RenderResult & { client: Client; store: SessionStore } => ({
  ...render(
    <SessionProvider store={store}>
      <Provider value={client}>{ui}</Provider>
    </SessionProvider>,
  ),
  client,
  store,
});
