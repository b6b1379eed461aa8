import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PivotalMetrics } from './metrics';

const FIXED_ROUTES = new Set(['/healthz', '/readyz', '/metrics']);

/** The route label of a request path: one of a handful of values, never the raw path (labels must stay few). */
export const routeOf = (url: string | undefined): string => {
  const path = (url ?? '/').split('?', 1)[0] as string;
  if (path.startsWith('/graphql')) return '/graphql';
  if (path.startsWith('/admin')) return '/admin';
  return FIXED_ROUTES.has(path) ? path : '/';
};

/** Counts the request by method, route and status once it finishes, and times it. */
export const measureRequest = (metrics: PivotalMetrics, req: IncomingMessage, res: ServerResponse): void => {
  const method = req.method ?? 'GET';
  const route = routeOf(req.url);
  const stop = metrics.httpDuration.startTimer({ method, route });
  res.once('finish', () => {
    stop();
    metrics.httpRequests.inc({ method, route, status: String(res.statusCode) });
  });
};
