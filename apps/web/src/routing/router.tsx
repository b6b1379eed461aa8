import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/*
 * A small history-based router: the api answers index.html for every path under `/`, so plain
 * paths work on reload. Screens read the path with `useLocation` and move with `navigate`/`Link`.
 */

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('popstate', notify);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', notify);
  };
};

const currentLocation = () => window.location.pathname + window.location.search;

/** The current path with its query string, e.g. `/applications/a1?tab=feedback`. */
export const useLocation = (): string => useSyncExternalStore(subscribe, currentLocation);

/** Goes to `to` (a path), adding a history entry unless `replace`. */
export const navigate = (to: string, options: { replace?: boolean } = {}): void => {
  if (to === currentLocation()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  notify();
};

/** The `:name` parameters of `pattern` in `path`, or `null` when the path is another route. */
export const matchPath = (pattern: string, path: string): Record<string, string> | null => {
  const pathname = path.split('?')[0] ?? '';
  const patternParts = pattern.split('/').filter(Boolean);
  const pathParts = pathname.split('/').filter(Boolean);
  if (patternParts.length !== pathParts.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of patternParts.entries()) {
    const actual = pathParts[index] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(actual);
    else if (part !== actual) return null;
  }
  return params;
};

/** One query-string parameter of a location. */
export const searchParam = (location: string, name: string): string | null =>
  new URLSearchParams(location.split('?')[1] ?? '').get(name);

/** An anchor that navigates without reloading; modified clicks (new tab) keep the browser's way. */
export const Link = ({ to, onClick, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & { to: string }) => (
  <a
    {...props}
    href={to}
    onClick={(event: MouseEvent<HTMLAnchorElement>) => {
      onClick?.(event);
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      ) {
        return;
      }
      event.preventDefault();
      navigate(to);
    }}
  />
);
