import { ViewerQuery, type SessionStore } from '@pivotal/client';
import { useCallback, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { Provider, useQuery, type Client } from 'urql';
import { LoginScreen } from './auth/login-screen';
import { useRoute } from './routing/use-route';
import { effectiveRoute, Screen } from './screens';
import { Layout } from './shell/layout';
import { NoticeProvider } from './shell/notice';
import { Failure, LoadFailure, Loading } from './ui/states';

/** What the app is built from: where the session lives, and how a client is made for it. */
export interface AppProps {
  sessionStore: SessionStore;
  createClient: (store: SessionStore) => Client;
}

/** Why a signed-in user cannot go in (the account did not load, or is a candidate's), and a way out. */
const CannotEnter = ({ onSignOut, children }: { onSignOut: () => void; children: ReactNode }) => (
  <main id="main" className="login">
    <h1>Pivotal admin</h1>
    {children}
    <div className="actions">
      <button type="button" onClick={onSignOut}>
        Log out
      </button>
    </div>
  </main>
);

const SignedIn = ({ token, onSignOut }: { token: string; onSignOut: () => void }) => {
  const [viewerResult, refetch] = useQuery({ query: ViewerQuery });
  const route = useRoute();
  const viewer = viewerResult.data?.me;

  if (!viewer && viewerResult.error) {
    return (
      <CannotEnter onSignOut={onSignOut}>
        <LoadFailure error={viewerResult.error} fallback="Your account could not be loaded." refetch={refetch} />
      </CannotEnter>
    );
  }
  if (!viewer) {
    return (
      <main id="main" className="login">
        <Loading what="your account" />
      </main>
    );
  }
  if (viewer.role === 'CANDIDATE') {
    return (
      <CannotEnter onSignOut={onSignOut}>
        <Failure message="This app is for agency staff and analysts. Candidates use the Pivotal app instead." />
      </CannotEnter>
    );
  }
  const shown = effectiveRoute(route, viewer.role);
  return (
    <Layout role={viewer.role} email={viewer.email} route={shown} onSignOut={onSignOut} wide={shown.name === 'explorer'}>
      <Screen route={shown} role={viewer.role} token={token} viewerId={viewer.id} />
    </Layout>
  );
};

/**
 * The admin app: log in, then the screens the signed-in role may use. A new urql client is made
 * for every session, so one user's cached data is never shown to the next.
 */
export const App = ({ sessionStore, createClient }: AppProps) => {
  const session = useSyncExternalStore(sessionStore.subscribe, sessionStore.current);
  const token = session?.token ?? null;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new session needs a new client and cache
  const client = useMemo(() => createClient(sessionStore), [createClient, sessionStore, token]);
  const signOut = useCallback(() => {
    sessionStore.signOut();
    window.location.hash = '';
  }, [sessionStore]);
  const signIn = useCallback((newToken: string) => void sessionStore.signIn(newToken), [sessionStore]);

  return (
    <Provider value={client}>
      <NoticeProvider>
        {token ? <SignedIn token={token} onSignOut={signOut} /> : <LoginScreen onSignedIn={signIn} />}
      </NoticeProvider>
    </Provider>
  );
};
