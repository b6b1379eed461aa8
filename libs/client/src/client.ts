import { Client, fetchExchange, mapExchange, subscriptionExchange, type RequestPolicy } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { createClient as createWebSocketClient, type Client as WebSocketClient } from 'graphql-ws/client';
import type { DocumentNode } from 'graphql';
import { cacheOptions } from './cache';
import { isAuthError } from './errors';

/** What an app tells the client factory about where the api is and who is signed in. */
export interface PivotalClientOptions {
  /** The GraphQL endpoint over HTTP, absolute or relative to the page (e.g. `/graphql`). */
  readonly url: string;
  /** The current bearer token, or `null` when signed out; asked before every request. */
  readonly getToken: () => string | null;
  /** Called when the api refuses the token (UNAUTHENTICATED, HTTP 401, websocket 4401/4403). */
  readonly onAuthError: () => void;
  /** The graphql-ws endpoint; by default the HTTP url with `ws:`/`wss:`. */
  readonly wsUrl?: string;
  /** A WebSocket implementation where there is no global one (Node before 22). */
  readonly webSocketImpl?: unknown;
  /** The default request policy of queries; graphcache keeps `cache-first` fresh. */
  readonly requestPolicy?: RequestPolicy;
}

/** The websocket url that belongs to an HTTP GraphQL url, resolved against the page. */
export const webSocketUrlFor = (url: string, base = globalThis.location?.href): string => {
  const resolved = new URL(url, base);
  resolved.protocol = resolved.protocol === 'https:' ? 'wss:' : 'ws:';
  return resolved.toString();
};

// graphql-ws close codes: 4401 Unauthorized, 4403 Forbidden (the server refused connectionParams).
const authCloseCodes = new Set([4401, 4403]);

const bearer = (token: string | null) => (token ? `Bearer ${token}` : undefined);

/** Operations whose UNAUTHENTICATED means "the password you typed again is wrong", not "your session ended". */
const PASSWORD_RECHECKS = new Set(['EraseMyAccount']);

const rechecksPassword = (document: DocumentNode): boolean =>
  document.definitions.some(
    (definition) => definition.kind === 'OperationDefinition' && PASSWORD_RECHECKS.has(definition.name?.value ?? ''),
  );

/**
 * The one urql client of both Pivotal apps: a normalized cache (graphcache, see `cache.ts`), the
 * bearer token on every HTTP request and in the websocket's `connectionParams.authorization`,
 * subscriptions over graphql-ws, and `onAuthError` when the api no longer accepts the token.
 * Build a new client when the session changes, so one user's cache never shows another's data.
 */
export const createPivotalClient = (options: PivotalClientOptions): Client => {
  let webSocket: WebSocketClient | undefined;
  const subscriptions = () => {
    webSocket ??= createWebSocketClient({
      url: options.wsUrl ?? webSocketUrlFor(options.url),
      lazy: true,
      ...(options.webSocketImpl ? { webSocketImpl: options.webSocketImpl } : {}),
      connectionParams: () => {
        const authorization = bearer(options.getToken());
        return authorization ? { authorization } : {};
      },
      on: {
        closed: (event) => {
          const code = (event as { code?: number } | undefined)?.code;
          if (code !== undefined && authCloseCodes.has(code)) options.onAuthError();
        },
      },
    });
    return webSocket;
  };

  return new Client({
    url: options.url,
    // Apollo's CSRF guard refuses simple GET requests; POST carries a JSON content type.
    preferGetMethod: false,
    requestPolicy: options.requestPolicy ?? 'cache-first',
    fetchOptions: () => {
      const authorization = bearer(options.getToken());
      return authorization ? { headers: { authorization } } : {};
    },
    exchanges: [
      mapExchange({
        onError: (error, operation) => {
          if (isAuthError(error) && !rechecksPassword(operation.query)) options.onAuthError();
        },
      }),
      cacheExchange(cacheOptions),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({
            unsubscribe: subscriptions().subscribe({ ...request, query: request.query ?? '' }, sink),
          }),
        }),
      }),
    ],
  });
};
