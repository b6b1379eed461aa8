/** The arithmetic and layout of the GraphQL benchmark's figures. */
import { median } from './append-figures';
import type { LoadFigures } from './graphql-load';

/** The rounds of one measure (a server and a path). */
export interface MeasureRounds {
  readonly what: string;
  readonly rounds: readonly LoadFigures[];
}

/** The benchmark's summary, as its last line prints it. */
export interface GraphqlSummary {
  readonly bench: 'graphql';
  readonly readPerSec: number;
  readonly barePerSec: number;
  readonly readRatio: number;
  readonly readP99Ms: number;
  readonly writePerSec: number;
  /** The same figure under the name of issue 14's target. */
  readonly writesPerSec: number;
  readonly writeP99Ms: number;
  /** The api with its candidate read cache off (every answer read from the tables), and its ratio to the bare server. */
  readonly uncachedReadPerSec: number;
  readonly uncachedReadRatio: number;
  readonly uncachedReadP99Ms: number;
}

const round1 = (value: number): number => Math.round(value * 10) / 10;

/** The cumulative bucket counts (`le` in seconds, count) of a Prometheus histogram in `/metrics` text. */
export const histogramBuckets = (metricsText: string, name: string): Map<string, number> => {
  const buckets = new Map<string, number>();
  const pattern = new RegExp(`^${name}_bucket\\{le="([^"]+)"\\} (\\d+)$`, 'gm');
  for (const [, le, count] of metricsText.matchAll(pattern)) buckets.set(le as string, Number(count));
  return buckets;
};

/**
 * The `q` quantile (0..1) of what a histogram observed between two scrapes, in ms: the upper bound
 * of the bucket it falls in (so an upper bound of the quantile); NaN when nothing was observed.
 */
export const histogramQuantileMs = (before: Map<string, number>, after: Map<string, number>, q: number): number => {
  const counts = [...after].map(([le, count]) => [le, count - (before.get(le) ?? 0)] as const);
  const total = counts.find(([le]) => le === '+Inf')?.[1] ?? 0;
  if (total === 0) return Number.NaN;
  const bucket = counts
    .filter(([le]) => le !== '+Inf')
    .sort((a, b) => Number(a[0]) - Number(b[0]))
    .find(([, count]) => count >= q * total);
  return bucket ? Number(bucket[0]) * 1000 : Number.POSITIVE_INFINITY;
};

/** Medians over the rounds: the api's reads, the bare server's, their ratio, the api's writes, the api's reads without its cache. */
export const summarize = (
  api: MeasureRounds,
  bare: MeasureRounds,
  writes: MeasureRounds,
  uncached: MeasureRounds,
): GraphqlSummary => {
  const readPerSec = median(api.rounds.map((r) => r.perSec));
  const barePerSec = median(bare.rounds.map((r) => r.perSec));
  const uncachedReadPerSec = median(uncached.rounds.map((r) => r.perSec));
  return {
    bench: 'graphql',
    readPerSec: Math.round(readPerSec),
    barePerSec: Math.round(barePerSec),
    readRatio: Math.round((readPerSec / barePerSec) * 100) / 100,
    readP99Ms: round1(median(api.rounds.map((r) => r.p99Ms))),
    writePerSec: Math.round(median(writes.rounds.map((r) => r.perSec))),
    writesPerSec: Math.round(median(writes.rounds.map((r) => r.perSec))),
    writeP99Ms: round1(median(writes.rounds.map((r) => r.p99Ms))),
    uncachedReadPerSec: Math.round(uncachedReadPerSec),
    uncachedReadRatio: Math.round((uncachedReadPerSec / barePerSec) * 100) / 100,
    uncachedReadP99Ms: round1(median(uncached.rounds.map((r) => r.p99Ms))),
  };
};

const cpuPerAnswer = (rounds: readonly LoadFigures[]): string => {
  const known = rounds.flatMap((r) => (r.cpuMsPerAnswer === null ? [] : [r.cpuMsPerAnswer]));
  return known.length === 0 ? '-' : median(known).toFixed(2);
};

/** A text table: per measure its median req/s, p50, p99 and server CPU per answer, every round, and anything that went wrong. */
export const formatGraphqlTable = (measures: readonly MeasureRounds[]): string => {
  const cells = [
    ['measure', 'req/s', 'p50 ms', 'p99 ms', 'CPU ms/req', 'rounds (req/s @ p99 ms)', 'failures'],
    ...measures.map(({ what, rounds }) => {
      const failures = rounds.reduce((sum, r) => sum + r.non2xx + r.failed + r.graphqlErrors, 0);
      return [
        what,
        Math.round(median(rounds.map((r) => r.perSec))).toLocaleString('en-US'),
        String(round1(median(rounds.map((r) => r.p50Ms)))),
        String(round1(median(rounds.map((r) => r.p99Ms)))),
        cpuPerAnswer(rounds),
        rounds.map((r) => `${Math.round(r.perSec)} @ ${round1(r.p99Ms)}`).join(', '),
        failures === 0 ? 'none' : String(failures),
      ];
    }),
  ];
  const widths = (cells[0] as string[]).map((_, column) => Math.max(...cells.map((line) => (line[column] as string).length)));
  const line = (values: readonly string[]) =>
    values
      .map((value, column) => (column >= 1 && column <= 4 ? value.padStart(widths[column] as number) : value.padEnd(widths[column] as number)))
      .join('  ')
      .trimEnd();
  return [line(cells[0] as string[]), line(widths.map((width) => '-'.repeat(width))), ...cells.slice(1).map(line)].join('\n');
};
