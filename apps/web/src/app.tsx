import { createPivotalClient, type SessionStore } from '@pivotal/client';
import { useMemo, useSyncExternalStore } from 'react';
import { Provider } from 'urql';
import { Routes } from './routes';
import { SessionProvider } from './session/session-context';

/** Where the app finds the api, and the session store it keeps the token in. */
export interface AppProps {
  readonly store: SessionStore;
  readonly url?: string;
}

/**
 * The candidate app: one urql client per session (rebuilt when the token changes, so nobody
 * sees another user's cache), the session, and the routes.
 */
export const App = ({ store, url = '/graphql' }: AppProps) => {
  const session = useSyncExternalStore(store.subscribe, store.current);
  const token = session?.token ?? null;
  const client = useMemo(
    () => createPivotalClient({ url, getToken: () => token, onAuthError: () => store.signOut() }),
    [url, token, store],
  );
  return (
    <SessionProvider store={store}>
      <Provider value={client}>
        <Routes />
      </Provider>
    </SessionProvider>
  );
};
