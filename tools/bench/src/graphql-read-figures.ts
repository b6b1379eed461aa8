/** The arithmetic of the GraphQL benchmark's staff-list and analytics read phases, and how their answers are compared. */
import { median } from './append-figures';
import type { LoadFigures } from './graphql-load';

/** Fields measured up to the request's own `now`: two servers asked a moment apart differ in them by that moment. */
const TIME_DEPENDENT = new Set(['waitingHours', 'hoursUntilDue']);
/** A hundredth of an hour (36 s): far more than the time between the two answers, far less than any real difference. */
const TIME_TOLERANCE = 0.01;

/** Whether two answers are the same, the fields measured to now within `TIME_TOLERANCE` hours. */
export const sameAnswer = (a: unknown, b: unknown, key = ''): boolean => {
  if (TIME_DEPENDENT.has(key) && typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= TIME_TOLERANCE;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameAnswer(item, b[i]));
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    return (
      keysA.length === keysB.length &&
      keysA.every((k, i) => k === keysB[i] && sameAnswer((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], k))
    );
  }
  return Object.is(a, b);
};

const cpuMs = (rounds: readonly LoadFigures[]): number =>
  median(rounds.flatMap((r) => (r.cpuMsPerAnswer === null ? [] : [r.cpuMsPerAnswer])));

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** One read phase against both servers: medians of req/s and of CPU ms per answer, and the api's ratios to the bare server. */
export interface PhaseFigures {
  readonly perSec: number;
  readonly barePerSec: number;
  /** api req/s over bare req/s. */
  readonly ratio: number;
  readonly cpuMsPerAnswer: number;
  readonly bareCpuMsPerAnswer: number;
  /** Bare CPU ms per answer over the api's: above 1 when the api spends less CPU on an answer. */
  readonly cpuRatio: number;
}

export const phaseFigures = (api: readonly LoadFigures[], bare: readonly LoadFigures[]): PhaseFigures => {
  const perSec = median(api.map((r) => r.perSec));
  const barePerSec = median(bare.map((r) => r.perSec));
  const [apiCpu, bareCpu] = [cpuMs(api), cpuMs(bare)];
  return {
    perSec: Math.round(perSec),
    barePerSec: Math.round(barePerSec),
    ratio: round2(perSec / barePerSec),
    cpuMsPerAnswer: round2(apiCpu),
    bareCpuMsPerAnswer: round2(bareCpu),
    cpuRatio: round2(bareCpu / apiCpu),
  };
};

/** The JSON fields of the two phases (and the dashboard's ratio per CPU ms, beside `uncachedReadRatio`). */
export const readPhaseFields = (staff: PhaseFigures, analytics: PhaseFigures, uncachedDashboard: PhaseFigures) => ({
  uncachedReadCpuRatio: uncachedDashboard.cpuRatio,
  staffListPerSec: staff.perSec,
  staffListBarePerSec: staff.barePerSec,
  staffListRatio: staff.ratio,
  staffListCpuMs: staff.cpuMsPerAnswer,
  staffListBareCpuMs: staff.bareCpuMsPerAnswer,
  staffListCpuRatio: staff.cpuRatio,
  analyticsPerSec: analytics.perSec,
  analyticsBarePerSec: analytics.barePerSec,
  analyticsRatio: analytics.ratio,
  analyticsCpuMs: analytics.cpuMsPerAnswer,
  analyticsBareCpuMs: analytics.bareCpuMsPerAnswer,
  analyticsCpuRatio: analytics.cpuRatio,
});
