/**
 * The write phase of the GraphQL benchmark: `applyForJob` (the web app's mutation, answered after
 * read-your-writes) at 20 connections, each request a new company and idempotency key, and the
 * live projection lag the api saw meanwhile (its histogram `pivotal_read_your_writes_wait_seconds`).
 */
import { randomBytes } from 'node:crypto';
import { median } from './append-figures';
import { histogramBuckets, histogramQuantileMs } from './graphql-figures';
import { load, type LoadFigures } from './graphql-load';
import { applyForJobMutation } from './graphql-operations';
import type { ChildServer } from './graphql-processes';

export const WRITE_CONNECTIONS = 20;
const WAIT_METRIC = 'pivotal_read_your_writes_wait_seconds';

export interface WritePhaseOptions {
  readonly api: ChildServer;
  /** The demo candidate's bearer token: every application is theirs. */
  readonly token: string;
  readonly seconds: number;
  readonly rounds: number;
  /** Seconds of writes before the measured rounds (not counted), so that V8 has compiled the write path. */
  readonly warmUpSeconds: number;
  readonly say: (line: string) => void;
  readonly roundLine: (figures: LoadFigures) => string;
}

export interface WritePhase {
  readonly rounds: readonly LoadFigures[];
  /** The p99 of the api's read-your-writes waits over the measured rounds, as the upper bound of its bucket, in ms. */
  readonly liveLagP99Ms: number;
  /** The api process's CPU time per answered write, in ms (median over the rounds; NaN where unknown). */
  readonly cpuMsPerWrite: number;
}

/** Runs the write phase against `api`; every request logs a new application. */
export const measureWrites = async (options: WritePhaseOptions): Promise<WritePhase> => {
  const { api, token, seconds, rounds, warmUpSeconds, say, roundLine } = options;
  const runId = randomBytes(4).toString('hex');
  const writeBody = (n: number) =>
    JSON.stringify({
      query: applyForJobMutation,
      operationName: 'ApplyForJob',
      variables: { input: { company: `Bench ${runId} #${n}`, role: 'Engineer', idempotencyKey: `bench-${runId}-${n}` } },
    });
  const writes = (offset: number, phaseSeconds: number) =>
    load({
      url: api.url,
      token,
      connections: WRITE_CONNECTIONS,
      seconds: phaseSeconds,
      body: (n) => writeBody(offset + n),
      checkBodies: true,
      serverPid: api.pid,
    });
  const scrape = async () => histogramBuckets(await (await fetch(new URL('/metrics', api.url))).text(), WAIT_METRIC);

  if (warmUpSeconds > 0) {
    say(`warming the api's write path up (${warmUpSeconds} s)…`);
    await writes(0, warmUpSeconds);
  }
  const measured: LoadFigures[] = [];
  const waitsBefore = await scrape();
  for (let round = 0; round < rounds; round += 1) {
    const figures = await writes((round + 1) * 1_000_000, seconds);
    measured.push(figures);
    say(`  round ${round + 1} writes api: ${roundLine(figures)}`);
  }
  // The live projection lag under this write load: from each write's append to its events
  // applied by every projection (the api's histogram of its read-your-writes waits).
  const liveLagP99Ms = histogramQuantileMs(waitsBefore, await scrape(), 0.99);
  const cpu = measured.flatMap((r) => (r.cpuMsPerAnswer === null ? [] : [r.cpuMsPerAnswer]));
  return { rounds: measured, liveLagP99Ms, cpuMsPerWrite: cpu.length === 0 ? Number.NaN : median(cpu) };
};
