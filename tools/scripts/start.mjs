// `npm start`: build what the api serves, then start one process (api + web + admin) with demo data.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', ...process.env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!existsSync('apps/api/src/main.ts')) {
  console.log('Pivotal: the api is not built yet (see the open issues). Nothing to start.');
  process.exit(0);
}
run('npx', ['nx', 'run-many', '-t', 'build', '-p', '@pivotal/api', '@pivotal/web', '@pivotal/admin', '--outputStyle=static']);
run('node', ['apps/api/dist/main.js', 'serve']);
