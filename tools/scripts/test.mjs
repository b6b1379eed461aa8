// `npm test`: lint, typecheck and every project's tests through Nx, then one closing line that
// adds up every project's vitest results: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const env = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', ...process.env };
const projectDirs = ['apps', 'libs', 'tools'].flatMap((group) =>
  readdirSync(group, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(group, entry.name)),
);
const resultFile = (dir) => join(dir, 'test-output', 'vitest-results.json');

// Results of an earlier run must not be counted again.
for (const dir of projectDirs) rmSync(resultFile(dir), { force: true });

const run = (args) => spawnSync('npx', args, { stdio: 'inherit', env }).status ?? 1;
const status =
  run(['nx', 'sync:check']) ||
  run(['nx', 'run-many', '-t', 'lint', 'typecheck', 'test', '--parallel=2', '--outputStyle=static']);

const totals = { passed: 0, failed: 0, skipped: 0 };
for (const dir of projectDirs) {
  if (!existsSync(resultFile(dir))) continue;
  const results = JSON.parse(readFileSync(resultFile(dir), 'utf8'));
  totals.passed += results.numPassedTests;
  totals.failed += results.numFailedTests;
  totals.skipped += results.numPendingTests + results.numTodoTests;
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(status !== 0 ? status : totals.failed > 0 ? 1 : 0);
