import { useSyncExternalStore } from 'react';
import { parseRoute, routeHref, type Route } from './route';

const subscribe = (onChange: () => void): (() => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

const currentHash = (): string => window.location.hash;

/** The route named by the current location hash; re-renders when it changes. */
export const useRoute = (): Route => parseRoute(useSyncExternalStore(subscribe, currentHash, () => ''));

/**
 * Goes to a route, adding a history entry; with `replace`, in place of the current one (a search
 * typed letter by letter is one step back, not twenty).
 */
export const navigate = (route: Route, { replace = false }: { replace?: boolean } = {}): void => {
  const href = routeHref(route);
  if (!replace) {
    window.location.hash = href;
    return;
  }
  if (window.location.hash === href) return;
  window.history.replaceState(window.history.state, '', href);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
};
