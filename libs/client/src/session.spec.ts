import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSessionStore, tokenExpiry } from './session';

const base64Url = (value: object) =>
  btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
const jwt = (claims: object) => `${base64Url({ alg: 'HS256', typ: 'JWT' })}.${base64Url(claims)}.signature`;

const memoryStorage = () => {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
};

describe('tokenExpiry', () => {
  it('reads the exp claim of a JWT as epoch milliseconds', () => {
    expect(tokenExpiry(jwt({ sub: 'a', exp: 1_800_000_000 }))).toBe(1_800_000_000_000);
  });

  it('answers null for a token without exp, or that is not a JWT', () => {
    expect(tokenExpiry(jwt({ sub: 'a' }))).toBeNull();
    expect(tokenExpiry('not-a-token')).toBeNull();
    expect(tokenExpiry('a.%%%.c')).toBeNull();
  });
});

describe('a session store', () => {
  const now = Date.UTC(2026, 10, 25, 12);
  const inOneHour = jwt({ sub: 'c1', exp: now / 1000 + 3600 });

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(now);
  });
  afterEach(() => vi.useRealTimers());

  it('given a fresh token, when signing in, then keeps it in storage with its expiry', () => {
    const storage = memoryStorage();
    const store = createSessionStore({ storage, key: 'k' });
    store.signIn(inOneHour);
    expect(store.current()).toEqual({ token: inOneHour, expiresAt: now + 3_600_000 });
    expect(storage.items.get('k')).toBe(inOneHour);
  });

  it('given a token stored earlier, when the app starts again, then the session is restored', () => {
    const storage = memoryStorage();
    storage.setItem('k', inOneHour);
    expect(createSessionStore({ storage, key: 'k' }).current()?.token).toBe(inOneHour);
  });

  it('given an expired stored token, when the app starts, then there is no session and storage is cleared', () => {
    const storage = memoryStorage();
    storage.setItem('k', jwt({ exp: now / 1000 - 1 }));
    expect(createSessionStore({ storage, key: 'k' }).current()).toBeNull();
    expect(storage.items.has('k')).toBe(false);
  });

  it('given an expired token, when signing in with it, then stays signed out', () => {
    const store = createSessionStore({ storage: memoryStorage() });
    expect(store.signIn(jwt({ exp: now / 1000 - 1 }))).toBeNull();
    expect(store.current()).toBeNull();
  });

  it('given a subscriber, when the token expires while the app is open, then it is told and the session is gone', () => {
    const storage = memoryStorage();
    const store = createSessionStore({ storage, key: 'k' });
    store.signIn(inOneHour);
    const listener = vi.fn();
    store.subscribe(listener);
    vi.advanceTimersByTime(3_599_000);
    expect(listener).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2_000);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.current()).toBeNull();
    expect(storage.items.has('k')).toBe(false);
  });

  it('given a session, when signing out, then subscribers are told and storage is cleared', () => {
    const storage = memoryStorage();
    const store = createSessionStore({ storage, key: 'k' });
    store.signIn(inOneHour);
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.signOut();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.current()).toBeNull();
    unsubscribe();
    store.signIn(inOneHour);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('answers the same object until the session changes, as useSyncExternalStore needs', () => {
    const store = createSessionStore({ storage: memoryStorage() });
    store.signIn(inOneHour);
    expect(store.current()).toBe(store.current());
  });
});
