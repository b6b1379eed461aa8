import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCli } from './cli';

const dataDir = mkdtempSync(join(tmpdir(), 'pivotal-cli-'));
const env = { PIVOTAL_DATA_DIR: dataDir, LOG_LEVEL: 'silent', PIVOTAL_DEMO: '0' };
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs the CLI and answers its exit code and what it printed. */
const cli = async (...argv: string[]) => {
  const printed: string[] = [];
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (printed.push(String(chunk)), true));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (printed.push(String(chunk)), true));
  try {
    return { code: await runCli(argv, env), output: printed.join('') };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
};

describe('the operator CLI', () => {
  it('creates an agency, and refuses a second with the same code', async () => {
    const created = await cli('agency', 'create', '--name', 'Acme Careers', '--code', 'acme');
    expect(created).toMatchObject({ code: 0, output: expect.stringMatching(/join with the code ACME/) });
    await expect(cli('agency', 'create', '--name', 'Other', '--code', 'ACME')).rejects.toThrow(/already exists/);
  });

  it('rebuilds the read models from the log, printing progress lines off a terminal', async () => {
    const rebuilt = await cli('projections', 'rebuild');
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.output).toMatch(/Rebuilt every projection: \d+ events/);
  });

  it('says how to use it when the command is unknown or incomplete', async () => {
    expect(await cli('launch')).toMatchObject({ code: 2, output: expect.stringMatching(/unknown command[\s\S]*usage/) });
    expect(await cli('agency', 'create', '--name', 'No code')).toMatchObject({ code: 2, output: expect.stringMatching(/--code/) });
    expect(await cli('staff', 'create', '--agency', 'ACME')).toMatchObject({ code: 2 });
  });

  it('refuses bad configuration with a message naming the variable', async () => {
    const printed: string[] = [];
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (printed.push(String(chunk)), true));
    const code = await runCli(['seed-demo'], { ...env, PORT: 'eighty' });
    stderr.mockRestore();
    expect(code).toBe(2);
    expect(printed.join('')).toMatch(/PORT must be a number/);
  });
});
