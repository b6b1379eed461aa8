// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const projectDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(projectDir, '../../node_modules/.bin/gql-tada');

describe('graphql-env.d.ts', () => {
  it('is generated from the schema.graphql checked in beside it (run `npm run generate` when it is not)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pivotal-gql-env-'));
    try {
      const fresh = join(dir, 'graphql-env.d.ts');
      execFileSync(cli, ['generate-output', '--output', fresh], { cwd: projectDir, stdio: 'pipe' });
      expect(readFileSync(join(projectDir, 'src/graphql-env.d.ts'), 'utf8')).toBe(
        readFileSync(fresh, 'utf8'),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
