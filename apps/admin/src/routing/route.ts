/** A screen of the admin app, as named by the location hash (`#/queue`, `#/requests/abc`). */
export type Route =
  | { name: 'queue' }
  | { name: 'request'; applicationId: string }
  | { name: 'candidates' }
  | { name: 'candidate'; candidateId: string }
  | { name: 'analytics' }
  | { name: 'explorer' }
  | { name: 'home' }
  | { name: 'not-found'; path: string };

/** Reads a route from a location hash; an empty hash is the role's home screen. */
export const parseRoute = (hash: string): Route => {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, ...rest] = parts;
  if (parts.length === 0) return { name: 'home' };
  if (rest.length > 0) return { name: 'not-found', path };
  if (first === 'queue' && !second) return { name: 'queue' };
  if (first === 'requests' && second) return { name: 'request', applicationId: second };
  if (first === 'candidates' && !second) return { name: 'candidates' };
  if (first === 'candidates' && second) return { name: 'candidate', candidateId: second };
  if (first === 'analytics' && !second) return { name: 'analytics' };
  if (first === 'explorer' && !second) return { name: 'explorer' };
  return { name: 'not-found', path };
};

/** The hash link of a route, for `href` attributes. */
export const routeHref = (route: Route): string => {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'queue':
      return '#/queue';
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
