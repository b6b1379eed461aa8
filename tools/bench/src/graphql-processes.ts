/**
 * The servers the GraphQL benchmark measures, each in a child process of its own: the built api
 * (`apps/api/dist/main.js serve`) and the bare graphql-js server. Every child started here is
 * stopped by `stopAll`, whatever happened.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_THROTTLE_ENV } from './bench-throttle';

const here = dirname(fileURLToPath(import.meta.url));
/** The repository root (tools/bench/src/../../..). */
export const repoRoot = resolve(here, '..', '..', '..');
const apiMain = join(repoRoot, 'apps', 'api', 'dist', 'main.js');

/** A server in a child process. */
export interface ChildServer {
  readonly name: string;
  /** Its GraphQL endpoint. */
  readonly url: string;
  readonly pid: number;
}

const children = new Set<ChildProcess>();

const newestFileTime = (dir: string): number => {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestFileTime(path) : statSync(path).mtimeMs);
  }
  return newest;
};

/** Builds the api (`vite build`) when its bundle is missing or older than its sources or the libs'. */
export const ensureApiBuilt = async (log: (line: string) => void): Promise<void> => {
  const sources = Math.max(newestFileTime(join(repoRoot, 'apps', 'api', 'src')), newestFileTime(join(repoRoot, 'libs')));
  if (existsSync(apiMain) && statSync(apiMain).mtimeMs >= sources) return;
  log('building the api (vite build)…');
  const build = spawn('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: join(repoRoot, 'apps', 'api'), stdio: 'inherit' });
  const code = await new Promise<number | null>((done) => build.once('exit', done));
  if (code !== 0) throw new Error(`the api build failed (exit ${code})`);
};

/** Waits for a line of the child's stdout that `match` recognizes; the child's whole output goes to `logFile`. */
const startChild = (
  name: string,
  command: string,
  args: string[],
  env: Record<string, string>,
  logFile: string,
  match: (line: string) => string | null,
  timeoutMs: number,
): Promise<ChildServer> =>
  new Promise((resolveStart, rejectStart) => {
    const child = spawn(command, args, { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    child.once('exit', () => children.delete(child));
    const log = createWriteStream(logFile);
    child.stderr?.pipe(log);
    let pending = '';
    let started = false;
    const timer = setTimeout(() => fail(new Error(`${name} did not start within ${timeoutMs / 1000} s (see ${logFile})`)), timeoutMs);
    const fail = (error: Error) => {
      if (started) return;
      started = true;
      clearTimeout(timer);
      rejectStart(error);
    };
    child.once('exit', (code, signal) => fail(new Error(`${name} exited (${signal ?? code}) before listening (see ${logFile})`)));
    child.once('error', fail);
    child.stdout?.on('data', (chunk: Buffer) => {
      log.write(chunk);
      if (started) return;
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const url = match(line);
        if (url) {
          started = true;
          clearTimeout(timer);
          resolveStart({ name, url, pid: child.pid ?? -1 });
          return;
        }
      }
    });
  });

/**
 * The built api on a free port of 127.0.0.1, on `dataDir` with the demo data seeded (at info
 * level, as `npm start` runs it). Answers once it listens.
 */
export const startApi = (
  dataDir: string,
  jwtSecret: string,
  logFile: string,
  options: { readonly name?: string; readonly env?: Record<string, string>; readonly nodeArgs?: readonly string[] } = {},
): Promise<ChildServer> =>
  startChild(
    options.name ?? 'api',
    process.execPath,
    [...(options.nodeArgs ?? []), apiMain, 'serve'],
    {
      PORT: '0',
      HOST: '127.0.0.1',
      PIVOTAL_DATA_DIR: dataDir,
      PIVOTAL_DEMO: '1',
      PIVOTAL_JWT_SECRET: jwtSecret,
      NODE_ENV: 'production',
      ...BENCH_THROTTLE_ENV,
      ...options.env,
    },
    logFile,
    (line) => /Pivotal is listening on (http:\/\/\S+?) /.exec(line)?.[1]?.concat('/graphql') ?? null,
    300_000,
  );

/** The bare graphql-js server over the api's read-model file, trusting the api's tokens. */
export const startBare = (readModelsFile: string, jwtSecret: string, logFile: string): Promise<ChildServer> =>
  startChild(
    'bare',
    process.execPath,
    ['--import', 'tsx', join(here, 'graphql-bare-process.ts')],
    { PIVOTAL_READ_MODELS: readModelsFile, PIVOTAL_JWT_SECRET: jwtSecret, NODE_ENV: 'production' },
    logFile,
    (line) => {
      if (!line.startsWith('{"listening"')) return null;
      return (JSON.parse(line) as { listening: string }).listening;
    },
    60_000,
  );

/** Stops every child started here: SIGTERM, then SIGKILL after `graceMs`. */
export const stopAll = async (graceMs = 10_000): Promise<void> => {
  await Promise.all(
    [...children].map(
      (child) =>
        new Promise<void>((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
          child.once('exit', () => {
            clearTimeout(kill);
            done();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
};

// The last resorts, when the benchmark dies on an uncaught error or is stopped by a signal: no child outlives it.
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void stopAll(3000).finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}
