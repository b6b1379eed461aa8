import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';

declare module 'node:http' {
  interface IncomingMessage {
    /** The request id: the client's `x-request-id` when it is a sane one, else a new UUID. */
    id: string;
    /** The process logger bound to this request (`req: { id, method, url }`), made on first use. */
    log: Logger;
  }
}

const GIVEN_ID = /^[\w-]{1,100}$/;

/** The level a finished request is logged at: server faults as errors, client mistakes as info, the rest as debug. */
export const requestLogLevel = (statusCode: number): 'error' | 'info' | 'debug' =>
  statusCode >= 500 ? 'error' : statusCode >= 400 ? 'info' : 'debug';

/**
 * Gives a request an id (echoed in `x-request-id`) and a child logger, and logs it once finished
 * at `requestLogLevel`. What pino-http did, without its cost on the hot path: the child logger is
 * made only when something logs, and a line below the process level is never built.
 */
export const logRequest = (log: Logger, req: IncomingMessage, res: ServerResponse): void => {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && GIVEN_ID.test(given) ? given : randomUUID();
  res.setHeader('x-request-id', id);
  req.id = id;
  const url = req.url;
  let child: Logger | undefined;
  Object.defineProperty(req, 'log', {
    configurable: true,
    enumerable: false,
    get: () => (child ??= log.child({ req: { id, method: req.method, url } })),
  });
  const started = performance.now();
  const done = () => {
    res.off('finish', done);
    res.off('close', done);
    const aborted = !res.writableFinished;
    const level = aborted ? 'info' : requestLogLevel(res.statusCode);
    if (!log.isLevelEnabled(level)) return;
    req.log[level](
      { res: { statusCode: res.statusCode }, responseTime: Math.round(performance.now() - started) },
      aborted ? 'request aborted' : 'request completed',
    );
  };
  res.on('finish', done);
  res.on('close', done);
};
