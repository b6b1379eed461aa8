import type { IncomingMessage } from 'node:http';

const first = (header: string | string[] | undefined): string | undefined =>
  (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim() || undefined;

/**
 * The origin the client reached the api at: `PIVOTAL_PUBLIC_URL` when set (behind a proxy that
 * rewrites hosts), else the request's own (`X-Forwarded-Proto`/`-Host` of a proxy, else `Host`).
 * Only the asker is ever handed a URL built from it.
 */
export const originOf = (req: IncomingMessage, publicUrl: string | null): string | null => {
  if (publicUrl) return publicUrl;
  const host = first(req.headers['x-forwarded-host']) ?? req.headers.host;
  if (!host || !/^[A-Za-z0-9.:[\]-]+$/.test(host)) return null;
  const proto = first(req.headers['x-forwarded-proto']) === 'https' ? 'https' : 'http';
  return `${proto}://${host}`;
};
