import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { PivotalConfig } from '../config';
import { startLoadBalancer } from './load-balancer';

interface Replica {
  readonly index: number;
  readonly readModelsFile: string;
  child: ChildProcess | null;
  url: string | null;
}

const LISTENING = /Pivotal is listening on (http:\/\/\S+?) /;

/**
 * `serve --replicas N`: N api processes on this data dir's one event store, each with its own
 * read-model file (`read-models-<i>.sqlite`) and its own catch-up subscription, behind a load
 * balancer on HOST:PORT. The first starts (and seeds the demo) before the others; a replica that
 * dies is started again; SIGTERM or SIGINT stops them all cleanly.
 */
export const serveReplicas = async (config: PivotalConfig, count: number, env: Record<string, string | undefined>): Promise<number> => {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const replicas: Replica[] = Array.from({ length: count }, (_, i) => ({
    index: i + 1,
    readModelsFile: join(config.dataDir, `read-models-${i + 1}.sqlite`),
    child: null,
    url: null,
  }));
  let stopping = false;

  const start = (replica: Replica, demo: boolean): Promise<void> =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [...process.execArgv, process.argv[1] ?? '', 'serve'], {
        env: {
          ...env,
          PORT: '0',
          HOST: '127.0.0.1',
          PIVOTAL_DATA_DIR: config.dataDir,
          PIVOTAL_READ_MODELS_FILE: replica.readModelsFile,
          PIVOTAL_DEMO: demo ? '1' : '0',
          // Each replica sees the others' appends by polling the shared file: poll it often.
          PIVOTAL_POLL_INTERVAL_MS: env['PIVOTAL_POLL_INTERVAL_MS'] ?? '10',
          // The load balancer reaches the replicas over loopback: its X-Forwarded-For names the client.
          PIVOTAL_TRUST_PROXY: env['PIVOTAL_TRUST_PROXY'] ?? 'loopback',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      replica.child = child;
      createInterface({ input: child.stdout! }).on('line', (line) => {
        const listening = LISTENING.exec(line);
        if (listening?.[1] && replica.url === null) {
          replica.url = listening[1];
          out(`replica ${replica.index} (pid ${child.pid}) listens on ${replica.url}, read models ${replica.readModelsFile}`);
          resolve();
        } else if (!listening) out(line);
      });
      child.once('exit', (code, signal) => {
        replica.url = null;
        replica.child = null;
        reject(new Error(`replica ${replica.index} exited (${signal ?? code}) before listening`));
        if (stopping) return;
        out(`replica ${replica.index} exited (${signal ?? code}); starting it again`);
        setTimeout(() => void start(replica, false).catch((error: Error) => out(error.message)), 1000);
      });
    });

  const stopAll = () =>
    Promise.all(
      replicas.map(
        (replica) =>
          new Promise<void>((resolve) => {
            const { child } = replica;
            if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );

  try {
    const [first, ...others] = replicas as [Replica, ...Replica[]];
    await start(first, config.demo);
    await Promise.all(others.map((replica) => start(replica, false)));
  } catch (error) {
    stopping = true;
    await stopAll();
    throw error;
  }
  const balancer = await startLoadBalancer({
    port: config.port,
    host: config.host,
    targets: () => replicas.flatMap((replica) => (replica.url ? [replica.url] : [])),
  });
  out(`Pivotal is listening on ${balancer.url} (${count} replicas behind a load balancer; GraphQL at ${balancer.url}/graphql, admin at ${balancer.url}/admin/)`);

  await new Promise<void>((resolve) => {
    process.once('SIGTERM', () => resolve());
    process.once('SIGINT', () => resolve());
  });
  stopping = true;
  await balancer.close();
  await stopAll();
  out('every replica stopped cleanly');
  return 0;
};
