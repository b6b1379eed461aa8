/**
 * `npm run bench -- graphql --only writes [--cpu-prof DIR]`: the write phase alone, against one api
 * (no bare server, no read phases), for iterating on the write path. `--cpu-prof DIR` runs the api
 * under `node --cpu-prof` and leaves its profile in DIR when it stops.
 */
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { median } from './append-figures';
import { formatGraphqlTable } from './graphql-figures';
import type { LoadFigures } from './graphql-load';
import { startApi, type ChildServer } from './graphql-processes';
import { measureWrites, WRITE_CONNECTIONS } from './graphql-write-phase';

export interface WritesOnlyOptions {
  readonly args: readonly string[];
  readonly dataDir: string;
  readonly jwtSecret: string;
  readonly seconds: number;
  readonly rounds: number;
  readonly say: (line: string) => void;
  readonly roundLine: (figures: LoadFigures) => string;
  readonly logIn: (api: ChildServer) => Promise<string>;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export const runWritesOnly = async (options: WritesOnlyOptions): Promise<void> => {
  const { args, dataDir, jwtSecret, seconds, rounds, say, roundLine, logIn } = options;
  const profileAt = args.indexOf('--cpu-prof');
  const profileDir = profileAt >= 0 ? resolve(args[profileAt + 1] ?? '') : null;
  say(`starting the api on ${dataDir} (seeding the demo data)…`);
  const api = await startApi(dataDir, jwtSecret, join(dataDir, 'api.log'), {
    nodeArgs: profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [],
  });
  const token = await logIn(api);
  say(`api ${api.url} (pid ${api.pid})${profileDir ? `, profiled into ${profileDir}` : ''}`);
  const warmUpSeconds = Math.max(2, Math.round(seconds / 2));
  const { rounds: writes, liveLagP99Ms, cpuMsPerWrite } = await measureWrites({ api, token, seconds, rounds, warmUpSeconds, say, roundLine });
  const what = `api writes (applyForJob, ${WRITE_CONNECTIONS} conn)`;
  console.log(`\nGraphQL writes only, ${rounds} round(s) of ${seconds} s, medians (2-core machine, load ${loadavg()[0]?.toFixed(1)}):`);
  console.log(formatGraphqlTable([{ what, rounds: writes }]));
  const summary = {
    bench: 'graphql-writes',
    writesPerSec: Math.round(median(writes.map((r) => r.perSec))),
    writeP99Ms: round(median(writes.map((r) => r.p99Ms)), 1),
    liveLagP99Ms,
    writeCpuMsPerWrite: round(cpuMsPerWrite, 2),
    loadAverage: loadavg().map((value) => round(value, 2)),
  };
  console.log(
    `writes: ${summary.writesPerSec}/s (target >= 2,000), p99 ${summary.writeP99Ms} ms (target < 30), ${summary.writeCpuMsPerWrite} CPU ms per write; live projection lag p99 <= ${liveLagP99Ms} ms (target <= 20)`,
  );
  console.log(JSON.stringify(summary));
};
