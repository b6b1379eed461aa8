import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import helmet from 'helmet';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, recordHeaderChanges, securityHeaders } from './security-headers';

const exchange = () => {
  const req = new IncomingMessage(new Socket());
  const res = new ServerResponse(req);
  res.setHeader('X-Powered-By', 'Express');
  return { req, res };
};

const headersAfter = (middleware: (req: IncomingMessage, res: ServerResponse, next: () => void) => void) => {
  const { req, res } = exchange();
  let passedOn = false;
  middleware(req, res, () => {
    passedOn = true;
  });
  return { headers: res.getHeaders(), passedOn };
};

describe('the security headers, recorded once', () => {
  it('set on a response exactly what helmet sets with the same options, and pass the request on', () => {
    const fromHelmet = headersAfter(
      helmet({ contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY }, xFrameOptions: { action: 'deny' } }),
    );
    const recorded = headersAfter(securityHeaders());
    expect(recorded).toEqual(fromHelmet);
    expect(Object.keys(recorded.headers).length).toBeGreaterThan(10);
    expect(recorded.headers['x-powered-by']).toBeUndefined();
  });

  it('are not recorded from a middleware that reads the request, touches the response otherwise, or stops the request', () => {
    expect(recordHeaderChanges((req, res, next) => (res.setHeader('vary', req.headers.origin ?? ''), next()))).toBeNull();
    expect(recordHeaderChanges((_req, res, next) => (res.statusCode = 204, next()))).toBeNull();
    expect(recordHeaderChanges((_req, res) => res.setHeader('x-a', 'b'))).toBeNull();
    expect(recordHeaderChanges((_req, _res, next) => next(new Error('no')))).toBeNull();
    expect(recordHeaderChanges((_req, res, next) => (res.setHeader('x-a', 'b'), next()))).toEqual({ set: [['x-a', 'b']], removed: [] });
  });
});
