/** A signed-in user's token and when it stops being valid. */
export interface Session {
  /** The bearer token the api issued at sign-up or log-in. */
  readonly token: string;
  /** When the token expires, in epoch milliseconds (from the JWT `exp` claim). */
  readonly expiresAt: number;
}

/**
 * Where the current session lives: read it, replace it, forget it, and be told when it changes
 * (including when it expires while the app is open). Shaped for React's `useSyncExternalStore`.
 */
export interface SessionStore {
  /** The current session, or `null` when signed out or expired. Stable between changes. */
  readonly current: () => Session | null;
  /** Keep a freshly issued token; an unreadable or already expired token signs you out instead. */
  readonly signIn: (token: string) => Session | null;
  /** Forget the session (log out, or the api said the token is no longer good). */
  readonly signOut: () => void;
  /** Be called after every change; returns the unsubscribe function. */
  readonly subscribe: (listener: () => void) => () => void;
}

/** What a session store needs from its surroundings; browsers pass nothing. */
export interface SessionStoreOptions {
  /** The localStorage key; web and admin use different ones so both can be open at once. */
  readonly key?: string;
  /** Where to persist; `window.localStorage` by default. */
  readonly storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  /** The clock, in epoch milliseconds. */
  readonly now?: () => number;
}

const decodeBase64Url = (segment: string): string => {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const bytes = Uint8Array.from(atob(padded), (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
};

/**
 * When a JWT expires, in epoch milliseconds, read from its `exp` claim without verifying it
 * (the api verifies; the client only needs to know when to stop using it). `null` when the token
 * is not a JWT or has no `exp`.
 */
export const tokenExpiry = (token: string): number | null => {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const claims: unknown = JSON.parse(decodeBase64Url(payload));
    if (typeof claims !== 'object' || claims === null) return null;
    const exp = (claims as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : null;
  } catch {
    return null;
  }
};

// Browsers clamp longer timeouts to 1 ms; re-check in steps instead.
const maxTimeout = 2 ** 31 - 1;

/**
 * A session store persisted in localStorage. The session ends by itself at the token's `exp`:
 * subscribers are told, so the app can send the user back to log in.
 */
export const createSessionStore = (options: SessionStoreOptions = {}): SessionStore => {
  const key = options.key ?? 'pivotal.session';
  const storage = options.storage ?? globalThis.localStorage;
  const now = options.now ?? Date.now;
  const listeners = new Set<() => void>();
  let expiryTimer: ReturnType<typeof setTimeout> | undefined;

  const validSession = (token: string | null): Session | null => {
    if (!token) return null;
    const expiresAt = tokenExpiry(token);
    return expiresAt !== null && expiresAt > now() ? { token, expiresAt } : null;
  };

  let session = validSession(storage.getItem(key));
  if (!session) storage.removeItem(key);

  const notify = () => listeners.forEach((listener) => listener());

  const scheduleExpiry = () => {
    clearTimeout(expiryTimer);
    expiryTimer = undefined;
    if (!session || listeners.size === 0) return;
    expiryTimer = setTimeout(
      () => {
        if (session && session.expiresAt <= now()) {
          session = null;
          storage.removeItem(key);
          notify();
        }
        scheduleExpiry();
      },
      Math.min(Math.max(session.expiresAt - now(), 0), maxTimeout),
    );
  };

  const replace = (next: Session | null) => {
    session = next;
    if (next) storage.setItem(key, next.token);
    else storage.removeItem(key);
    scheduleExpiry();
    notify();
  };

  return {
    // Pure, so React may call it during render; the expiry timer does the forgetting.
    current: () => (session && session.expiresAt > now() ? session : null),
    signIn: (token) => {
      replace(validSession(token));
      return session;
    },
    signOut: () => replace(null),
    subscribe: (listener) => {
      listeners.add(listener);
      scheduleExpiry();
      return () => {
        listeners.delete(listener);
        scheduleExpiry();
      };
    },
  };
};
