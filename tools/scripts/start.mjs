// `npm start`: build what the api serves, then start one process (api + web + admin) with demo data.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const env = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', ...process.env };
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env }).status ?? 1;

if (!existsSync('apps/api/src/main.ts')) {
  console.log('Pivotal: the api is not built yet (see the open issues). Nothing to start.');
  process.exit(0);
}

/** Projects whose package.json has a `build` script (a project without one is skipped, not an error). */
const buildable = (dirs) =>
  dirs.filter((dir) => {
    const file = `${dir}/package.json`;
    return existsSync(file) && Boolean(JSON.parse(readFileSync(file, 'utf8')).scripts?.build);
  });

// The api is required; without it there is nothing to start.
const apiStatus = run('npx', ['nx', 'run', '@pivotal/api:build', '--outputStyle=static']);
if (apiStatus !== 0) process.exit(apiStatus);

// The web and admin apps are served when built; a failed build leaves their "not built yet" page.
const apps = buildable(['apps/web', 'apps/admin']).map((dir) => `@pivotal/${dir.split('/')[1]}`);
if (apps.length > 0) {
  const appsStatus = run('npx', ['nx', 'run-many', '-t', 'build', '-p', ...apps, '--outputStyle=static']);
  if (appsStatus !== 0) console.warn('Pivotal: a client app did not build; the api starts anyway and says so at its address.');
}

// One process serves everything; SIGTERM and SIGINT reach it so that it drains and stops cleanly.
const server = spawn('node', ['apps/api/dist/main.js', 'serve'], { stdio: 'inherit', env });
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
