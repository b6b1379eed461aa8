import { isDefaultQueueView, parseQueueView, queueViewQuery, type QueueView } from './queue-view';

/** A screen of the admin app, as named by the location hash (`#/queue`, `#/requests/abc`). */
export type Route =
  | { name: 'queue'; view?: QueueView }
  | { name: 'request'; applicationId: string }
  | { name: 'candidates' }
  | { name: 'candidate'; candidateId: string }
  | { name: 'analytics' }
  | { name: 'explorer' }
  | { name: 'home' }
  | { name: 'not-found'; path: string };

/** Reads a route from a location hash; an empty hash is the role's home screen. */
export const parseRoute = (hash: string): Route => {
  const [rawPath = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const path = rawPath.replace(/\/+$/, '');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, ...rest] = parts;
  if (parts.length === 0) return { name: 'home' };
  if (rest.length > 0) return { name: 'not-found', path };
  if (first === 'queue' && !second) {
    const view = parseQueueView(query);
    return isDefaultQueueView(view) ? { name: 'queue' } : { name: 'queue', view };
  }
  if (first === 'requests' && second) return { name: 'request', applicationId: second };
  if (first === 'candidates' && !second) return { name: 'candidates' };
  if (first === 'candidates' && second) return { name: 'candidate', candidateId: second };
  if (first === 'analytics' && !second) return { name: 'analytics' };
  if (first === 'explorer' && !second) return { name: 'explorer' };
  return { name: 'not-found', path };
};

/** A route's screen without its view (the queue's filters): moving between views is not a new screen. */
export const screenKey = (route: Route): string => routeHref(route.name === 'queue' ? { name: 'queue' } : route);

/** The hash link of a route, for `href` attributes. */
export const routeHref = (route: Route): string => {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'queue': {
      const query = route.view ? queueViewQuery(route.view) : '';
      return query ? `#/queue?${query}` : '#/queue';
    }
    case 'request':
      return `#/requests/${encodeURIComponent(route.applicationId)}`;
    case 'candidates':
      return '#/candidates';
    case 'candidate':
      return `#/candidates/${encodeURIComponent(route.candidateId)}`;
    case 'analytics':
      return '#/analytics';
    case 'explorer':
      return '#/explorer';
    case 'not-found':
      return `#${route.path}`;
  }
};
