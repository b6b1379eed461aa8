import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from './route';

describe('routes', () => {
  it('reads each screen from its hash', () => {
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#/')).toEqual({ name: 'home' });
    expect(parseRoute('#/queue')).toEqual({ name: 'queue' });
    expect(parseRoute('#/requests/app-1')).toEqual({ name: 'request', applicationId: 'app-1' });
    expect(parseRoute('#/candidates/')).toEqual({ name: 'candidates' });
    expect(parseRoute('#/candidates/c%201')).toEqual({ name: 'candidate', candidateId: 'c 1' });
    expect(parseRoute('#/analytics')).toEqual({ name: 'analytics' });
    expect(parseRoute('#/explorer')).toEqual({ name: 'explorer' });
  });

  it('names an unknown hash as not found', () => {
    expect(parseRoute('#/nowhere')).toEqual({ name: 'not-found', path: '/nowhere' });
    expect(parseRoute('#/requests/a/b')).toEqual({ name: 'not-found', path: '/requests/a/b' });
  });

  it('given any route, when its href is parsed, then the same route comes back', () => {
    const routes: Route[] = [
      { name: 'queue' },
      { name: 'request', applicationId: 'a/b c' },
      { name: 'candidates' },
      { name: 'candidate', candidateId: 'x' },
      { name: 'analytics' },
      { name: 'explorer' },
    ];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
  });
});
