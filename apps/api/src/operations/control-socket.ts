import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { rmSync } from 'node:fs';
import type { ProjectionRunner, RebuildProgress } from '@pivotal/projections';
import type { Logger } from 'pino';
import { checkpointWal, type CheckpointOutcome } from './wal-checkpoint';

/** One line of a control answer (newline-delimited JSON). */
export type ControlLine =
  | { readonly started: string }
  | { readonly progress: { readonly done: number; readonly position: string; readonly head: string } }
  | { readonly rebuilt: { readonly events: number; readonly elapsedMs: number } }
  | { readonly checkpointed: readonly CheckpointOutcome[] }
  | { readonly error: string };

export interface ControlSocket {
  close(): Promise<void>;
}

// A unix socket's path must fit in sockaddr_un (108 bytes on Linux).
const MAX_SOCKET_PATH = 100;

/**
 * The projection writer's door for operator commands, a unix socket beside its read-model file
 * (only this machine's users who may open the data dir reach it): `POST /projections/rebuild[?name=]`
 * rebuilds in this process, so that the read models keep one writer, and `POST /wal-checkpoint`
 * checkpoints the event store and the read models. Answers stream as JSON lines.
 */
export const startControlSocket = async (
  path: string,
  deps: { readonly runner: ProjectionRunner; readonly walFiles: readonly string[]; readonly log: Logger },
): Promise<ControlSocket | null> => {
  if (path.length > MAX_SOCKET_PATH) {
    deps.log.warn({ path }, 'the control socket path is too long for a unix socket: operator commands cannot reach this server');
    return null;
  }
  // This process holds the writer lock of the read models: a socket file left here is a dead one's.
  rmSync(path, { force: true });
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://control');
    // Resolves once the line is handed to the socket: a checkpoint that follows blocks the event loop.
    const send = (line: ControlLine) => new Promise<void>((resolve) => res.write(`${JSON.stringify(line)}\n`, () => resolve()));
    res.writeHead(200, { 'content-type': 'application/x-ndjson' });
    const run = async () => {
      if (req.method === 'POST' && url.pathname === '/projections/rebuild') {
        const name = url.searchParams.get('name') ?? undefined;
        await send({ started: `rebuild ${name ?? 'every projection'}` });
        let lastSent = Number.NEGATIVE_INFINITY;
        const progress = (p: RebuildProgress) => {
          if (p.elapsedMs - lastSent < 200 && p.position < p.head) return;
          lastSent = p.elapsedMs;
          void send({ progress: { done: p.done, position: String(p.position), head: String(p.head) } });
        };
        const result = await deps.runner.rebuild(name, progress);
        await send({ rebuilt: { events: result.events, elapsedMs: Math.round(result.elapsedMs) } });
      } else if (req.method === 'POST' && url.pathname === '/wal-checkpoint') {
        await send({ started: 'wal checkpoint' });
        await send({ checkpointed: deps.walFiles.map(checkpointWal) });
      } else await send({ error: `no such operation: ${req.method} ${url.pathname}` });
    };
    run()
      .catch((error: unknown) => {
        deps.log.error({ err: error }, 'an operator command failed');
        void send({ error: error instanceof Error ? error.message : String(error) });
      })
      .finally(() => res.end());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => resolve());
  });
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

/** Sends an operator command to the running server of a read-model file; each answer line goes to `onLine`. */
export const askServer = (path: string, operation: string, onLine: (line: ControlLine) => void): Promise<void> =>
  new Promise((resolve, reject) => {
    const req = request({ socketPath: path, path: operation, method: 'POST' }, (res) => {
      let pending = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        pending += chunk;
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) if (line) onLine(JSON.parse(line) as ControlLine);
      });
      res.on('end', () => resolve());
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
