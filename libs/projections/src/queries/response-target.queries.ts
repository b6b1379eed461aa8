import { addWorkingDays } from '@pivotal/domain';
import type { ReadModelDb } from '../projection';
import { lazily } from './lazy-statement';
import { toMs } from '../time';
import type { DateRange } from './read-model.types';

/** One calendar month (UTC) of feedback requests measured against the agency's response target. */
export interface TargetMonth {
  /** `2026-11`: the month the requests were made in. */
  readonly month: string;
  /** Requests of the month whose outcome is known: answered (received or declined), or still waiting past their due time. */
  readonly requests: number;
  /** Of those, the ones answered by their due time. */
  readonly withinTarget: number;
  /** `withinTarget / requests`, null for a month with none. */
  readonly share: number | null;
}

export interface ResponseTargetArgs extends DateRange {
  readonly agencyId: string;
  /** Requests still waiting count against the target once it has passed by now. */
  readonly now: Date | string;
}

const EARLIEST = -8.64e15;
const LATEST = 8.64e15;

/** The share of each month's feedback requests answered within the agency's response target. */
export const responseTargetQueries = (db: ReadModelDb) => {
  const requests = lazily(
    db,
    `SELECT requested_at, answered_at FROM feedback_queue
     WHERE agency_id = ? AND requested_at IS NOT NULL AND requested_at >= ? AND requested_at < ? ORDER BY requested_at`,
  );
  const target = lazily(db, 'SELECT working_days FROM response_targets WHERE agency_id = ?', (s) => s.pluck());
  return {
    /** Months in order, from the first with a request in the range; empty while the agency has no target. */
    answeredWithinTarget: (args: ResponseTargetArgs): TargetMonth[] => {
      const days = target.get(args.agencyId) as number | undefined;
      if (days === undefined) return [];
      const now = typeof args.now === 'string' ? toMs(args.now) : args.now.getTime();
      const from = args.from ? toMs(args.from) : EARLIEST;
      const to = args.to ? toMs(args.to) : LATEST;
      const months = new Map<string, { requests: number; withinTarget: number }>();
      for (const r of requests.all(args.agencyId, from, to) as { requested_at: number; answered_at: number | null }[]) {
        const due = addWorkingDays(r.requested_at, days);
        if (r.answered_at === null && due > now) continue;
        const month = new Date(r.requested_at).toISOString().slice(0, 7);
        const counts = months.get(month) ?? { requests: 0, withinTarget: 0 };
        counts.requests += 1;
        if (r.answered_at !== null && r.answered_at <= due) counts.withinTarget += 1;
        months.set(month, counts);
      }
      return [...months].map(([month, c]) => ({ month, ...c, share: c.requests === 0 ? null : c.withinTarget / c.requests }));
    },
  };
};
