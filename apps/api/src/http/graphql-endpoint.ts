import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import getRawBody from 'raw-body';
import { createContext, type ApiServices, type GraphQLContext } from '../graphql/context';
import { statusForClient } from './json-client-status';
import { originOf } from './request-origin';
import { BODY_LIMIT_BYTES, bearer, refusal } from './request-errors';

// The spec's media types for a request body; anything else is 415 (the spec's "unsupported media type").
const JSON_BODY = /^application\/(json|graphql-response\+json)\s*(;|$)/i;

const sendJson = (res: ServerResponse, status: number, body: unknown): void => {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
};

/** A POST's body as JSON; null once it has answered the client's mistake (415, 413, 400) itself. */
const readJsonBody = async (req: IncomingMessage, res: ServerResponse): Promise<{ body: unknown } | null> => {
  if (!JSON_BODY.test(req.headers['content-type'] ?? '')) {
    sendJson(res, 415, refusal('send the request as application/json', 'BAD_REQUEST'));
    return null;
  }
  let text: string;
  try {
    text = await getRawBody(req, { limit: BODY_LIMIT_BYTES, length: req.headers['content-length'], encoding: 'utf8' });
  } catch (error) {
    const { type } = error as { type?: string };
    if (type === 'entity.too.large') {
      req.log.info({ reason: 'body too large' }, 'refused a request');
      sendJson(res, 413, refusal(`the request body is larger than ${BODY_LIMIT_BYTES / 1024 / 1024} MB`, 'PAYLOAD_TOO_LARGE'));
    } else if (type === 'request.aborted') {
      res.destroy();
    } else {
      sendJson(res, 400, refusal('the request body could not be read', 'BAD_REQUEST'));
    }
    return null;
  }
  // An empty body is Apollo's to refuse ("POST body missing"), as for any body without a query.
  if (text.trim() === '') return { body: {} };
  try {
    return { body: JSON.parse(text) as unknown };
  } catch {
    req.log.info({ reason: 'malformed JSON body' }, 'refused a request');
    sendJson(res, 400, refusal('the request body is not valid JSON', 'BAD_REQUEST'));
    return null;
  }
};

/**
 * `/graphql` over HTTP, straight on node:http: the request's JSON body (at most 4 MB), then
 * Apollo's `executeHTTPGraphQLRequest` (which answers GET and POST as the GraphQL-over-HTTP spec
 * says) with the caller's context. This is every client's hot path, so it skips Express's router
 * and body parsers; the request id, log line and metrics are the same as on every other route.
 */
export const graphqlEndpoint = (
  apollo: ApolloServer<GraphQLContext>,
  services: ApiServices,
  clientAddress: (req: IncomingMessage) => string,
) => {
  const contextOf = async (req: IncomingMessage): Promise<GraphQLContext> => {
    const token = bearer(req.headers.authorization);
    const viewer = token ? await services.tokens.verify(token) : null;
    return createContext(services, viewer, req.id, () => req.log, clientAddress(req), originOf(req, services.publicUrl));
  };

  const answer = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = (req.method ?? 'GET').toUpperCase();
    let body: unknown;
    if (method === 'POST') {
      const read = await readJsonBody(req, res);
      if (!read) return;
      body = read.body;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers, search: query >= 0 ? url.slice(query) : '', body },
      context: () => contextOf(req),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.statusCode = statusForClient(res.statusCode, response.headers.get('content-type'), response.body.string);
      // The text with its length in bytes: Node joins a string body to the head (without copying it)
      // and encodes it on its way to the socket, where bytes made here first would cost a buffer
      // on the heap per answer (2% of a dashboard read's CPU).
      const text = response.body.string;
      res.setHeader('content-length', Buffer.byteLength(text, 'utf8'));
      res.end(text, 'utf8');
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  return (req: IncomingMessage, res: ServerResponse): void => {
    answer(req, res).catch((error: unknown) => {
      req.log.error({ err: error }, 'the GraphQL endpoint failed');
      if (res.headersSent) res.destroy();
      else sendJson(res, 500, refusal('internal server error', 'INTERNAL_SERVER_ERROR'));
    });
  };
};
