import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import httpProxy from 'http-proxy';

export interface LoadBalancer {
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  close(): Promise<void>;
}

/**
 * A small load balancer for trying replicas on one machine (production puts nginx or Caddy there;
 * see docker-compose.yml), HTTP and websockets alike. Requests that carry the same
 * `Authorization` go to the same replica, so that a client reads its own writes at once; the
 * others (sign-up, login, websockets, whose token travels inside the connection) go round-robin.
 * `targets()` lists the replicas that are up right now.
 */
export const startLoadBalancer = async (options: {
  readonly port: number;
  readonly host: string;
  readonly targets: () => readonly string[];
}): Promise<LoadBalancer> => {
  const proxy = httpProxy.createProxyServer({ xfwd: true });
  let turn = 0;
  const pick = (req: IncomingMessage): string | undefined => {
    const targets = options.targets();
    if (targets.length === 0) return undefined;
    const auth = req.headers.authorization;
    if (auth) return targets[createHash('sha1').update(auth).digest().readUInt32BE(0) % targets.length];
    turn = (turn + 1) % targets.length;
    return targets[turn];
  };
  const unavailable = (res: ServerResponse | Socket, message: string) => {
    if (!('writeHead' in res)) return void res.destroy();
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_GATEWAY' } }] }));
  };
  proxy.on('error', (error, _req, res) => unavailable(res as ServerResponse | Socket, `no replica answered: ${error.message}`));

  const server = createServer((req, res) => {
    const target = pick(req);
    if (!target) return unavailable(res, 'no replica is up');
    proxy.web(req, res, { target });
  });
  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const target = pick(req);
    if (!target) return void socket.destroy();
    proxy.ws(req, socket, head, { target });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          proxy.close();
          resolve();
        });
      }),
  };
};
