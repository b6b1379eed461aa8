import { createPivotalClient, createSessionStore, type SessionStore } from '@pivotal/client';
import type { Client } from 'urql';

/** The admin app's own session, kept apart from the candidate app's so both can be open at once. */
export const createAdminSessionStore = (): SessionStore => createSessionStore({ key: 'pivotal.admin.session' });

/** The GraphQL endpoint, on the same origin that serves the app. */
export const GRAPHQL_PATH = '/graphql';

/** A client for the current session; a refused token signs the user out. */
export const createAdminClient = (store: SessionStore): Client =>
  createPivotalClient({
    url: GRAPHQL_PATH,
    getToken: () => store.current()?.token ?? null,
    onAuthError: () => store.signOut(),
  });
