import { createSessionStore, type Session, type SessionStore } from '@pivotal/client';
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';

/** The web app's own session (the admin app keeps another key, so both can be open). */
export const createWebSessionStore = (): SessionStore => createSessionStore({ key: 'pivotal.web.session' });

const SessionStoreContext = createContext<SessionStore | null>(null);

/** Makes a session store available to every screen. */
export const SessionProvider = ({ store, children }: { store: SessionStore; children: ReactNode }) => (
  <SessionStoreContext.Provider value={store}>{children}</SessionStoreContext.Provider>
);

/** The session store of the nearest `SessionProvider`. */
export const useSessionStore = (): SessionStore => {
  const store = useContext(SessionStoreContext);
  if (!store) throw new Error('useSessionStore needs a SessionProvider above it');
  return store;
};

/** The current session (re-rendering when it starts, ends or expires), or `null`. */
export const useSession = (): Session | null => {
  const store = useSessionStore();
  return useSyncExternalStore(store.subscribe, store.current);
};
