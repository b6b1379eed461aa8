import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../testing/run-cli-captured';

const dataDir = mkdtempSync(join(tmpdir(), 'pivotal-cli-'));
const env = { PIVOTAL_DATA_DIR: dataDir, LOG_LEVEL: 'silent', PIVOTAL_DEMO: '0' };
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs the CLI and answers its exit code and what it printed. */
const cli = (...argv: string[]) => runCliCaptured(argv, env);

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
    const refused = await runCliCaptured(['seed-demo'], { ...env, PORT: 'eighty' });
    expect(refused.code).toBe(2);
    expect(refused.output).toMatch(/PORT must be a number/);
  });
});
