import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

const apiDir = fileURLToPath(new URL('..', import.meta.url));
// Inside the repository (git-ignored), so that the bundle finds node_modules as dist/main.js does.
mkdirSync(join(apiDir, 'test-output'), { recursive: true });
const outDir = mkdtempSync(join(apiDir, 'test-output', 'build-'));
const dataDir = mkdtempSync(join(tmpdir(), 'pivotal-built-data-'));
afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the built server (vite build --ssr)', () => {
  it('starts, answers with its decorated types intact, and stops cleanly on SIGTERM', async () => {
    await build({ root: apiDir, configFile: join(apiDir, 'vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });

    const server = spawn(process.execPath, [join(outDir, 'main.js'), 'serve'], {
      env: { ...process.env, PORT: '0', PIVOTAL_DATA_DIR: dataDir, PIVOTAL_DEMO: '0', LOG_LEVEL: 'info', NODE_ENV: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout.on('data', (chunk) => (output += String(chunk)));
    server.stderr.on('data', (chunk) => (output += String(chunk)));
    const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));

    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start-up line in: ${output}`)), 30_000);
      server.stdout.on('data', () => {
        const match = /listening on (http:\/\/\S+)/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
    });

    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($input: SignUpInput!) { signUp(input: $input) { viewer { role candidate { name stats { applied } } } } }',
        variables: { input: { email: 'built@pivotal.test', password: 'built-password', name: 'Built' } },
      }),
    });
    expect(await response.json()).toEqual({
      data: { signUp: { viewer: { role: 'CANDIDATE', candidate: { name: 'Built', stats: { applied: 0 } } } } },
    });

    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('stopped cleanly');
  }, 90_000);
});
