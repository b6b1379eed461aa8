import { spawn } from 'node:child_process';
import { apiEntry, assertApiBuilt, workspaceRoot } from './workspace';

/** Runs one command of the api's CLI against a data dir, with optional stdin; answers its stdout. */
export type ApiCli = (args: readonly string[], stdin?: string) => Promise<string>;

/** The environment every api process of one test run shares. */
export const apiEnvironment = (dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  HOST: '127.0.0.1',
  PIVOTAL_DATA_DIR: dataDir,
  PIVOTAL_DEMO: '0',
  LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn',
  NODE_ENV: 'production',
  ...extra,
});

/**
 * The api's CLI (`node apps/api/dist/main.js <args>`) bound to one data dir, e.g.
 * `cli(['agency', 'create', '--name', 'Acme', '--code', 'ACME'])`, or with a password on stdin
 * `cli(['staff', 'create', '--agency', 'ACME', '--email', e, '--role', 'STAFF'], password)`.
 * Rejects with the command's output when it exits with a non-zero status.
 */
export const apiCli =
  (dataDir: string, extraEnv: Record<string, string> = {}): ApiCli =>
  (args, stdin) =>
    new Promise((resolve, reject) => {
      assertApiBuilt();
      const child = spawn(process.execPath, [apiEntry, ...args], {
        cwd: workspaceRoot,
        env: apiEnvironment(dataDir, extraEnv),
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (status) => {
        if (status === 0) resolve(stdout);
        else reject(new Error(`pivotal ${args.join(' ')} exited with ${status}:\n${stdout}${stderr}`));
      });
      child.stdin.end(stdin === undefined ? '' : `${stdin}\n`);
    });
