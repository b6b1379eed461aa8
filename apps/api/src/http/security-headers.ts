import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

/**
 * The Content-Security-Policy of everything served: scripts, styles, fetches and websockets
 * (`'self'` covers ws:// and wss:// of the same host) only from this origin. Inline `style`
 * attributes stay allowed (React's, recharts' and GraphiQL's editors set them); no inline script
 * runs. No page may frame ours (clickjacking). Plain-HTTP deployments (the demo, behind a TLS
 * proxy that adds its own) keep working: no `upgrade-insecure-requests`.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
} as const;

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/**
 * What a middleware does to a response when it only sets and removes headers, whatever the
 * request, and calls `next` at once; null when it does anything else.
 */
export const recordHeaderChanges = (middleware: Middleware): { set: [string, string][]; removed: string[] } | null => {
  const set: [string, string][] = [];
  const removed: string[] = [];
  let passedOn = false;
  let touchedElse = false;
  const response = new Proxy(
    {
      setHeader: (name: string, value: string) => void set.push([name, value]),
      removeHeader: (name: string) => void removed.push(name),
    },
    {
      get: (target, key) => {
        if (key === 'setHeader' || key === 'removeHeader') return target[key];
        touchedElse = true;
        return undefined;
      },
      set: () => (touchedElse = true),
    },
  );
  const request = new Proxy({}, { get: () => ((touchedElse = true), undefined), set: () => (touchedElse = true) });
  try {
    middleware(request as IncomingMessage, response as unknown as ServerResponse, (error) => {
      passedOn = error === undefined;
    });
  } catch {
    return null;
  }
  return passedOn && !touchedElse && set.every(([, value]) => typeof value === 'string') ? { set, removed } : null;
};

/**
 * helmet's headers on every answer, with the policy above: `X-Content-Type-Options: nosniff`,
 * `X-Frame-Options: DENY`, `Referrer-Policy: no-referrer`, `Strict-Transport-Security` (heeded
 * over HTTPS only), the cross-origin opener and resource policies, and the rest of its defaults.
 * With these options helmet's headers depend on nothing of the request (no nonce, no function in
 * the policy), so they are recorded once and set as recorded: helmet's chain of a dozen
 * middlewares cost about 2% of the CPU of a dashboard read. Should helmet ever read the request,
 * it runs itself on every answer again.
 */
export const securityHeaders = (): Middleware => {
  const helmetMiddleware = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    xFrameOptions: { action: 'deny' },
  });
  const recorded = recordHeaderChanges(helmetMiddleware);
  if (!recorded) return helmetMiddleware;
  const { set, removed } = recorded;
  return (_req, res, next) => {
    for (const [name, value] of set) res.setHeader(name, value);
    for (const name of removed) res.removeHeader(name);
    next();
  };
};
