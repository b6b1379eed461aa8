import type { ErrorRequestHandler, RequestHandler } from 'express';

/** The largest request body accepted (a feedback with 20 long points is about 25 kB). */
export const BODY_LIMIT = '1mb';

const refusal = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

// The spec's media types for a request body; anything else is 415 (the spec's "unsupported media type").
const JSON_BODY = /^application\/(json|graphql-response\+json)\s*(;|$)/i;

/** A POST whose body is not JSON: 415, before anything reads it. */
export const requireJsonBody: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST' || JSON_BODY.test(req.headers['content-type'] ?? '')) return next();
  res.status(415).json(refusal('send the request as application/json', 'BAD_REQUEST'));
};

/** Malformed JSON, an oversized body: the client's mistakes, answered in GraphQL's error shape, logged without a stack. */
export const bodyErrors: ErrorRequestHandler = (error: { type?: string; status?: number }, req, res, next) => {
  if (error.type === 'entity.parse.failed') {
    req.log.info({ reason: 'malformed JSON body' }, 'refused a request');
    res.status(400).json(refusal('the request body is not valid JSON', 'BAD_REQUEST'));
  } else if (error.type === 'entity.too.large') {
    req.log.info({ reason: 'body too large' }, 'refused a request');
    res.status(413).json(refusal(`the request body is larger than ${BODY_LIMIT}`, 'PAYLOAD_TOO_LARGE'));
  } else if (typeof error.status === 'number' && error.status >= 400 && error.status < 500) {
    res.status(error.status).json(refusal('bad request', 'BAD_REQUEST'));
  } else {
    next(error);
  }
};

/** The token of an `Authorization: Bearer <token>` value, or null. */
export const bearer = (authorization: unknown): string | null => {
  if (typeof authorization !== 'string') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  return match?.[1] ?? null;
};
