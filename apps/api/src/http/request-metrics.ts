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

type DurationChild = ReturnType<PivotalMetrics['httpDuration']['labels']>;
type RequestsChild = ReturnType<PivotalMetrics['httpRequests']['labels']>;

/**
 * Counts each request by method, route and status once it finishes, and times it. The labelled
 * series are looked up once per combination (few: methods × routes × statuses), not hashed anew
 * for every request.
 */
export const requestMeasurer = (metrics: PivotalMetrics) => {
  const durations = new Map<string, DurationChild>();
  const counts = new Map<string, RequestsChild>();
  return (req: IncomingMessage, res: ServerResponse): void => {
    const method = req.method ?? 'GET';
    const route = routeOf(req.url);
    const key = `${method} ${route}`;
    let duration = durations.get(key);
    if (!duration) durations.set(key, (duration = metrics.httpDuration.labels({ method, route })));
    const stop = duration.startTimer();
    res.once('finish', () => {
      stop();
      const status = String(res.statusCode);
      const countKey = `${key} ${status}`;
      let count = counts.get(countKey);
      if (!count) counts.set(countKey, (count = metrics.httpRequests.labels({ method, route, status })));
      count.inc();
    });
  };
};
