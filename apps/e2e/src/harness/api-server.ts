import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiCli, apiEnvironment, type ApiCli } from './api-cli';
import { apiEntry, assertApiBuilt, workspaceRoot } from './workspace';

/** A built api running on a free port over a fresh data dir, for one test file. */
export interface RunningApi {
  /** e.g. `http://127.0.0.1:43121` — the web app is at `/`, the admin app at `/admin/`. */
  readonly baseUrl: string;
  /** `${baseUrl}/graphql`, for HTTP and graphql-ws. */
  readonly graphqlUrl: string;
  /** The temporary data dir (deleted by `stop`). */
  readonly dataDir: string;
  /** The api's CLI bound to the same data dir. */
  readonly cli: ApiCli;
  /** Everything the server printed so far, for failure messages. */
  readonly output: () => string;
  /** Stops the server and deletes the data dir. */
  readonly stop: () => Promise<void>;
}

/** How to start the api. */
export interface StartApiOptions {
  /** Runs CLI commands (agencies, staff) against the data dir before the server starts. */
  readonly seed?: (cli: ApiCli) => Promise<void>;
  /** Extra environment variables for the server and the CLI. */
  readonly env?: Record<string, string>;
  /** How long to wait for `/readyz` to answer 200. */
  readonly readyTimeoutMs?: number;
}

/** A port nobody listens on right now, chosen by the OS. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

const waitForExit = (child: ChildProcess, ms: number): Promise<boolean> =>
  exited(child)
    ? Promise.resolve(true)
    : new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), ms);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve(true);
        });
      });

/**
 * Starts `node apps/api/dist/main.js serve` with `PIVOTAL_DEMO=0` on a free port and a fresh temp
 * data dir, and resolves once `GET /readyz` answers 200. Always `stop()` it (e.g. in `afterAll`).
 */
export const startApi = async (options: StartApiOptions = {}): Promise<RunningApi> => {
  assertApiBuilt();
  const dataDir = await mkdtemp(join(tmpdir(), 'pivotal-e2e-'));
  const cli = apiCli(dataDir, options.env);
  await options.seed?.(cli);

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn(process.execPath, [apiEntry, 'serve'], {
    cwd: workspaceRoot,
    env: apiEnvironment(dataDir, { PORT: String(port), ...options.env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const stop = async () => {
    if (!exited(child)) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 10_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
  for (;;) {
    if (exited(child)) {
      await stop();
      throw new Error(`the api exited before it was ready (status ${child.exitCode}):\n${output}`);
    }
    const ready = await fetch(`${baseUrl}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the api was not ready at ${baseUrl}/readyz in time:\n${output}`);
    }
    await sleep(100);
  }

  return { baseUrl, graphqlUrl: `${baseUrl}/graphql`, dataDir, cli, output: () => output, stop };
};
