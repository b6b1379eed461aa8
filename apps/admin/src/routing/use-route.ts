import { useSyncExternalStore } from 'react';
import { parseRoute, routeHref, type Route } from './route';

const subscribe = (onChange: () => void): (() => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

const currentHash = (): string => window.location.hash;

/** The route named by the current location hash; re-renders when it changes. */
export const useRoute = (): Route => parseRoute(useSyncExternalStore(subscribe, currentHash, () => ''));

/** Goes to a route, adding a history entry. */
export const navigate = (route: Route): void => {
  window.location.hash = routeHref(route);
};
