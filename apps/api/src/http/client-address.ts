import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

/**
 * The address of the client behind a request: the socket's peer, or, when that peer is a trusted
 * proxy (`PIVOTAL_TRUST_PROXY`), the nearest address of `X-Forwarded-For` that is not one. Trusting
 * no proxy (the default) ignores `X-Forwarded-For`: anyone could write it.
 */
export const clientAddressOf = (trusted: readonly string[]) => {
  const trust = proxyAddr.compile([...trusted]);
  return (req: IncomingMessage): string => {
    // proxy-addr reads the deprecated `req.connection`; a destroyed socket has no address.
    if (!req.socket?.remoteAddress) return 'unknown';
    return proxyAddr(req, trust);
  };
};
