import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** Lints one import as if it were written in a file of the given project. */
const lintImport = async (projectDir: string, specifier: string) => {
  const code = `import * as imported from '${specifier}';\nexport const used = imported;\n`;
  const [result] = await eslint.lintText(code, { filePath: `${root}/${projectDir}/src/layout-probe.ts` });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@nx/enforce-module-boundaries');
};

describe('the layout of ARCHITECTURE.md is a lint error when broken', () => {
  it.each([
    ['apps/web', '@pivotal/domain'],
    ['apps/admin', '@pivotal/event-store'],
    ['libs/client', '@pivotal/projections'],
    ['libs/event-store', '@pivotal/projections'],
    ['libs/projections', '@pivotal/demo-data'],
  ])('%s may not import %s', async (project, specifier) => {
    const errors = await lintImport(project, specifier);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.severity).toBe(2);
  });

  it.each([
    ['apps/web', '@pivotal/client'],
    ['apps/api', '@pivotal/projections'],
    ['libs/projections', '@pivotal/event-store'],
    ['libs/event-store', '@pivotal/domain'],
  ])('%s may import %s', async (project, specifier) => {
    expect(await lintImport(project, specifier)).toEqual([]);
  });
});
