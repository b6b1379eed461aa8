/**
 * `npm run bench -- projections [--events 1000000] [--batch 1000] [--seed 1]`
 *
 * Generates a seeded, realistic history of about N events into two temp sqlite event stores, one
 * plain and one through the crypto-shredding decorator (the same events, personal fields sealed),
 * then in the same run, for each: a raw replay (reading and JSON-parsing every event through the
 * store, no projection work; opening the sealed fields for the sealed one) and a full rebuild of
 * every projection into a fresh read-model file. Prints events/s for both, their ratio, the peak
 * RSS during the rebuild, and what sealing costs; the last line is one JSON object (the plain
 * figures under their old names, the sealed ones as `encrypted…`, each also per CPU-second).
 *
 * Production reads the sealed store (the api and the rebuild CLI open personal fields with the
 * keys file): the `encrypted…` figures are what an operator's rebuild does; `eventsPerSec` is the
 * same rebuild code over a store without the decorator.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSealedSqliteEventStore, createSqliteEventStore, type EventStore } from '@pivotal/event-store';
import { createProjectionRunner, openReadModelDb, pivotalProjections } from '@pivotal/projections';
import { candidatesForEvents, writeHistory } from '@pivotal/demo-data';

const option = (args: string[], name: string, fallback: number): number => {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} takes a positive integer`);
  return value;
};

const cpuMsSince = (start: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);

/**
 * The highest RSS seen while `work` runs: sampled every 20 ms, at every `sample()` the work calls
 * (a rebuild over the sqlite store never yields to timers: its reads resolve at once), and at the end.
 */
const withPeakRss = async <T>(work: (sample: () => void) => Promise<T>): Promise<{ result: T; peakRss: number }> => {
  let peakRss = process.memoryUsage.rss();
  const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage.rss()));
  const sampler = setInterval(sample, 20);
  try {
    const result = await work(sample);
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    return { result, peakRss };
  } finally {
    clearInterval(sampler);
  }
};

/** Reads the whole log page by page through the adapter (which parses every event's JSON). */
const rawReplay = async (store: EventStore, batch: number): Promise<{ events: number; ms: number; cpuMs: number }> => {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let events = 0;
  let touched = 0;
  let from: bigint | undefined;
  for (;;) {
    const page = await store.readAll({ from, limit: batch });
    for (const event of page.events) if (event.data !== null) touched += 1;
    events += page.events.length;
    if (page.next === null) break;
    from = page.next;
  }
  if (touched !== events) throw new Error('an event without data');
  return { events, ms: performance.now() - started, cpuMs: cpuMsSince(cpu) };
};

interface Figures {
  readonly events: number;
  readonly eventsPerSec: number;
  readonly rawPerSec: number;
  readonly ratio: number;
  readonly peakRssMb: number;
  readonly rebuildCpuMs: number;
  readonly rawCpuMs: number;
  /** Events per CPU-second of this process, steadier than wall-clock on a busy machine. */
  readonly eventsPerCpuSec: number;
  readonly rawPerCpuSec: number;
}

/** Writes the history into `store`, then replays it raw (best of two) and rebuilds every projection from it. */
const measure = async (
  label: string,
  store: EventStore,
  readDbFile: string,
  history: Parameters<typeof writeHistory>[1],
  batch: number,
): Promise<Figures> => {
  const writeStarted = performance.now();
  const written = await writeHistory(store, history, (p) => {
    if (p.streams % 20_000 === 0) console.log(`  ${label}: writing: ${p.events} events`);
  });
  const writeSeconds = (performance.now() - writeStarted) / 1000;
  console.log(`${label}: generated ${written.events} events (${history.candidates} candidates, ${written.streams} streams) in ${writeSeconds.toFixed(1)} s`);

  const rawFirst = await rawReplay(store, batch);
  const db = openReadModelDb(readDbFile);
  const runner = createProjectionRunner({ store, db, projections: pivotalProjections, batchSize: batch });
  const rebuildCpu = process.cpuUsage();
  const { result: rebuilt, peakRss } = await withPeakRss((sample) => runner.rebuild(undefined, sample));
  const rebuildCpuMs = cpuMsSince(rebuildCpu);
  db.close();
  const rawAgain = await rawReplay(store, batch);
  const raw = rawFirst.ms < rawAgain.ms ? rawFirst : rawAgain;
  if (rebuilt.events !== raw.events) throw new Error(`rebuild read ${rebuilt.events} events, the log holds ${raw.events}`);

  const eventsPerSec = Math.round(rebuilt.events / (rebuilt.elapsedMs / 1000));
  const rawPerSec = Math.round(raw.events / (raw.ms / 1000));
  const ratio = Math.round((eventsPerSec / rawPerSec) * 1000) / 1000;
  console.log(`${label}: raw replay (read + JSON parse): ${rawPerSec.toLocaleString('en')} events/s (best of two)`);
  console.log(
    `${label}: full rebuild of ${pivotalProjections.length} projections: ${eventsPerSec.toLocaleString('en')} events/s ` +
      `(${(rebuilt.elapsedMs / 1000).toFixed(1)} s), ${ratio} of raw`,
  );
  const perCpuSecond = (events: number, cpuMs: number) => Math.round(events / (cpuMs / 1000));
  const eventsPerCpuSec = perCpuSecond(rebuilt.events, rebuildCpuMs);
  const rawPerCpuSec = perCpuSecond(raw.events, raw.cpuMs);
  console.log(
    `${label}: per CPU second (steadier on a busy machine; load ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores): ` +
      `rebuild ${eventsPerCpuSec.toLocaleString('en')}, raw ${rawPerCpuSec.toLocaleString('en')} events`,
  );
  console.log(`${label}: peak RSS during rebuild: ${mb(peakRss)} MB (process max ${mb(process.resourceUsage().maxRSS * 1024)} MB)`);
  return { events: rebuilt.events, eventsPerSec, rawPerSec, ratio, peakRssMb: mb(peakRss), rebuildCpuMs, rawCpuMs: raw.cpuMs, eventsPerCpuSec, rawPerCpuSec };
};

export const run = async (args: string[]): Promise<void> => {
  const target = option(args, 'events', 1_000_000);
  const batch = option(args, 'batch', 1000);
  const seed = option(args, 'seed', 1);
  const dir = mkdtempSync(join(tmpdir(), 'pivotal-projections-bench-'));
  const plainStore = createSqliteEventStore(join(dir, 'events.db'));
  const sealedStore = createSealedSqliteEventStore(join(dir, 'sealed-events.db'), { keysFile: join(dir, 'keys.sqlite') });
  try {
    const base = { seed, now: '2026-11-25T00:00:00.000Z', agencyId: 'bench-agency', agency: { name: 'Bench', joinCode: 'BENCH' } };
    const history = { ...base, candidates: candidatesForEvents(target, base) };
    const plain = await measure('plain', plainStore, join(dir, 'read.db'), history, batch);
    const sealed = await measure('sealed', sealedStore, join(dir, 'sealed-read.db'), history, batch);

    const { events, eventsPerSec, rawPerSec, ratio, peakRssMb } = plain;
    /** The share of the plain rate that sealing costs, per CPU-second (steadier than wall time on a busy machine). */
    const cost = (plainCpuMs: number, sealedCpuMs: number) => Math.round((1 - plainCpuMs / sealedCpuMs) * 100) / 100;
    const encryptionCost = cost(plain.rebuildCpuMs, sealed.rebuildCpuMs);
    const rawEncryptionCost = cost(plain.rawCpuMs, sealed.rawCpuMs);
    console.log(
      `sealing costs the rebuild ${Math.round(encryptionCost * 100)}% of its rate and the raw replay ${Math.round(rawEncryptionCost * 100)}% (per CPU-second)`,
    );
    console.log(
      `targets (sealed): >= 50,000 events/s ${sealed.eventsPerSec >= 50_000 ? 'met' : 'MISSED'}, >= 0.2 of raw ${sealed.ratio >= 0.2 ? 'met' : 'MISSED'}, ` +
        `< 500 MB ${sealed.peakRssMb < 500 ? 'met' : 'MISSED'}`,
    );
    const rebuildTarget = (figures: Figures) => (figures.events >= 1_000_000 && figures.eventsPerSec >= 150_000 ? 'met' : 'MISSED');
    console.log(
      `targets (issue 14, at 1M events): >= 150,000 events/s plain ${rebuildTarget(plain)}, sealed ${rebuildTarget(sealed)}; ` +
        `< 500 MB ${plain.peakRssMb < 500 && sealed.peakRssMb < 500 ? 'met' : 'MISSED'}`,
    );
    console.log(
      JSON.stringify({
        bench: 'projections',
        events,
        eventsPerSec,
        rawPerSec,
        ratio,
        peakRssMb,
        eventsPerCpuSec: plain.eventsPerCpuSec,
        rawPerCpuSec: plain.rawPerCpuSec,
        loadAverage: Math.round((loadavg()[0] ?? 0) * 10) / 10,
        encryptedEventsPerSec: sealed.eventsPerSec,
        encryptedRawPerSec: sealed.rawPerSec,
        encryptedRatio: sealed.ratio,
        encryptedPeakRssMb: sealed.peakRssMb,
        encryptedEventsPerCpuSec: sealed.eventsPerCpuSec,
        encryptedRawPerCpuSec: sealed.rawPerCpuSec,
        encryptionCost,
        rawEncryptionCost,
      }),
    );
  } finally {
    await plainStore.close();
    await sealedStore.close();
    rmSync(dir, { recursive: true, force: true });
  }
};
