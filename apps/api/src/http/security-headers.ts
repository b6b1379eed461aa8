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

/**
 * helmet's headers on every answer, with the policy above: `X-Content-Type-Options: nosniff`,
 * `X-Frame-Options: DENY`, `Referrer-Policy: no-referrer`, `Strict-Transport-Security` (heeded
 * over HTTPS only), the cross-origin opener and resource policies, and the rest of its defaults.
 */
export const securityHeaders = (): ((
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void) =>
  helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    xFrameOptions: { action: 'deny' },
  });
