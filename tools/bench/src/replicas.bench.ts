/**
 * `npm run bench -- replicas [--seconds 10] [--candidates 8] [--readers 4]`
 *
 * Two replicas of the built api (child processes) on ONE embedded event-store file, each with its
 * own read-model file and catch-up subscription. Candidates sign up on replica 1; then each writes
 * `applyForJob` through replica 1 in a loop (one writer per candidate, an idempotency key per
 * write), while readers ask replica 2 for each candidate's applied count. A write's lag is from its
 * acknowledgement by replica 1 to the first read of replica 2 that shows it; a write acknowledged
 * but never shown by replica 2 (within 5 s of the end) is lost. The last line is one JSON object.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { post } from './graphql-load';
import { ensureApiBuilt, startApi, stopAll, type ChildServer } from './graphql-processes';
import { createLagTracker } from './replicas-figures';

const option = (args: string[], name: string, fallback: number): number => {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} takes a positive integer`);
  return value;
};
const say = (line: string) => process.stderr.write(`${line}\n`);

const SIGN_UP = 'mutation ($input: SignUpInput!) { signUp(input: $input) { token } }';
const APPLY = 'mutation ($input: ApplyInput!) { applyForJob(input: $input) { id } }';
const APPLIED = '{ me { candidate { stats { applied } } } }';

const appliedOn = async (replica: ChildServer, token: string): Promise<number | null> => {
  const answer = await post<{ me: { candidate: { stats: { applied: number } } | null } }>(replica.url, APPLIED, {}, token);
  return answer.data?.me.candidate?.stats.applied ?? null;
};

export const run = async (args: string[]): Promise<void> => {
  const seconds = option(args, 'seconds', 10);
  const candidates = option(args, 'candidates', 8);
  const readers = option(args, 'readers', 4);
  await ensureApiBuilt(say);
  const dataDir = mkdtempSync(join(tmpdir(), 'pivotal-bench-replicas-'));
  const secret = randomBytes(32).toString('hex');
  try {
    const replica = (i: number) =>
      startApi(dataDir, secret, join(dataDir, `replica-${i}.log`), {
        name: `replica ${i}`,
        env: { PIVOTAL_DEMO: '0', LOG_LEVEL: 'warn', PIVOTAL_POLL_INTERVAL_MS: '10', PIVOTAL_READ_MODELS_FILE: join(dataDir, `read-models-${i}.sqlite`) },
      });
    const one = await replica(1);
    const two = await replica(2);
    say(`replica 1 at ${one.url}, replica 2 at ${two.url}, one event store in ${dataDir}`);

    const tokens: string[] = [];
    for (let c = 0; c < candidates; c += 1) {
      const answer = await post<{ signUp: { token: string } }>(one.url, SIGN_UP, {
        input: { email: `replica-${c}@bench.test`, password: 'bench-password-1', name: `Candidate ${c}` },
      });
      if (!answer.data) throw new Error(`sign-up failed: ${JSON.stringify(answer.errors)}`);
      tokens.push(answer.data.signUp.token);
    }
    // Replica 2 knows every candidate before the clock starts.
    for (const token of tokens) while ((await appliedOn(two, token)) === null) await new Promise((r) => setTimeout(r, 20));

    const lag = createLagTracker(candidates);
    const started = performance.now();
    const deadline = started + seconds * 1000;
    let reads = 0;
    let writing = true;
    let writeErrors = 0;
    const writers = tokens.map(async (token, c) => {
      for (let n = 0; performance.now() < deadline; n += 1) {
        const answer = await post(one.url, APPLY, { input: { company: `Lag ${c}-${n}`, role: 'Engineer', idempotencyKey: `lag-${c}-${n}` } }, token);
        if (answer.errors) writeErrors += 1;
        else lag.acked(c, performance.now());
      }
    });
    const readerLoops = Array.from({ length: readers }, async (_, r) => {
      for (let i = r; writing || performance.now() < deadline + 5000; i += readers) {
        const c = i % candidates;
        const applied = await appliedOn(two, tokens[c] as string);
        const at = performance.now();
        if (at <= deadline) reads += 1;
        if (applied !== null) lag.read(c, applied, at);
        if (!writing && lag.figures().lost === 0) return;
      }
    });
    await Promise.all(writers);
    writing = false;
    await Promise.all(readerLoops);
    const elapsed = Math.min(performance.now(), deadline) - started;
    const figures = lag.figures();
    if (writeErrors > 0) throw new Error(`${writeErrors} writes answered errors`);
    say(
      `${figures.writes} writes through replica 1 (${Math.round((figures.writes * 1000) / elapsed)}/s); ` +
        `replica 2 showed them after p50 ${figures.lagP50Ms} ms, p99 ${figures.lagP99Ms} ms, max ${figures.lagMaxMs} ms; ` +
        `${figures.lost} lost; ${Math.round((reads * 1000) / elapsed)} reads/s on replica 2 (load average ${loadavg()[0]?.toFixed(1)})`,
    );
    say(`target: lag p99 < 100 ms, nothing lost — ${figures.lagP99Ms < 100 && figures.lost === 0 ? 'met' : 'NOT met'}`);
    console.log(
      JSON.stringify({
        bench: 'replicas',
        replicas: 2,
        writes: figures.writes,
        lagP50Ms: figures.lagP50Ms,
        lagP99Ms: figures.lagP99Ms,
        lost: figures.lost,
        readsPerSec: Math.round((reads * 1000) / elapsed),
      }),
    );
  } finally {
    await stopAll();
    rmSync(dataDir, { recursive: true, force: true });
  }
};
