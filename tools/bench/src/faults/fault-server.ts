/**
 * The api under test in a child process (`apps/api/dist/main.js serve`) on one data dir: started,
 * SIGKILLed and started again on the same dir, its address changing with each start (port 0).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { ServerAddress } from './fault-http';
import { BENCH_THROTTLE_ENV } from '../bench-throttle';

const LISTENING = /Pivotal is listening on (http:\/\/\S+?) /;

export interface FaultServer extends ServerAddress {
  /** Starts the api and resolves once it listens (its projections caught up). */
  start(): Promise<void>;
  /** SIGKILL, and resolves once the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM: drains and stops cleanly. */
  stop(): Promise<void>;
  /** Sends an operator request to the running api's control socket; `onLine` sees each answer line, and may kill meanwhile. */
  control(operation: string, onLine: (line: Record<string, unknown>) => void): Promise<void>;
  readonly starts: number;
}

export const faultServer = (options: { apiMain: string; dataDir: string; env: Record<string, string>; logFile: string }): FaultServer => {
  let child: ChildProcess | null = null;
  let current: string | null = null;
  let up: Promise<void> = new Promise(() => undefined);
  let markUp: () => void = () => undefined;
  const resetUp = () => {
    up = new Promise<void>((resolve) => (markUp = resolve));
  };
  resetUp();
  let starts = 0;
  const log: WriteStream = createWriteStream(options.logFile, { flags: 'a' });

  const exited = (process: ChildProcess) =>
    process.exitCode !== null || process.signalCode !== null ? Promise.resolve() : new Promise<void>((resolve) => process.once('exit', () => resolve()));

  return {
    get starts() {
      return starts;
    },
    url: async () => {
      for (;;) {
        if (current) return current;
        await up;
      }
    },
    start: () =>
      new Promise<void>((resolve, reject) => {
        starts += 1;
        const started = spawn(process.execPath, [options.apiMain, 'serve'], {
          env: { ...process.env, PORT: '0', HOST: '127.0.0.1', PIVOTAL_DATA_DIR: options.dataDir, PIVOTAL_DEMO: '0', NODE_ENV: 'production', ...BENCH_THROTTLE_ENV, ...options.env },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        child = started;
        started.stderr?.pipe(log, { end: false });
        const timer = setTimeout(() => reject(new Error(`the api did not start within 120 s (see ${options.logFile})`)), 120_000);
        started.once('exit', (code, signal) => {
          clearTimeout(timer);
          if (current === null) reject(new Error(`the api exited (${signal ?? code}) before listening (see ${options.logFile})`));
        });
        createInterface({ input: started.stdout! }).on('line', (line) => {
          log.write(`${line}\n`);
          const url = LISTENING.exec(line)?.[1];
          if (url && current === null) {
            clearTimeout(timer);
            current = `${url}/graphql`;
            markUp();
            resolve();
          }
        });
      }),
    kill: async () => {
      const running = child;
      if (!running) return;
      current = null;
      resetUp();
      running.kill('SIGKILL');
      await exited(running);
      child = null;
    },
    stop: async () => {
      const running = child;
      if (!running) return;
      running.kill('SIGTERM');
      await exited(running);
      current = null;
      resetUp();
      child = null;
    },
    control: (operation, onLine) =>
      new Promise<void>((resolve) => {
        const req = request({ socketPath: join(options.dataDir, 'read-models.sqlite.sock'), path: operation, method: 'POST' }, (res) => {
          let pending = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            pending += chunk;
            const lines = pending.split('\n');
            pending = lines.pop() ?? '';
            for (const line of lines) if (line) onLine(JSON.parse(line) as Record<string, unknown>);
          });
          // The kill cuts the answer short: that is the point.
          res.on('error', () => resolve());
          res.on('close', () => resolve());
        });
        req.on('error', () => resolve());
        req.end();
      }),
  };
};
