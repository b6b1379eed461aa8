import type { FeedbackTheme, Polarity } from '@pivotal/domain';
import type { ReadModelDb } from '../projection';
import { lazily } from './lazy-statement';
import { APPLICATION_COUNTS } from './application-counts';
import { HOUR_MS, toMs } from '../time';
import type { AgencyAnalytics, DateRange, Funnel, HistogramBucket } from './read-model.types';

/**
 * Upper bounds of the time-to-feedback histogram, in hours: a day, two, three, a week, two, and
 * beyond (null: the last bucket has no upper bound).
 */
export const FEEDBACK_HOURS_BUCKETS: readonly (number | null)[] = [24, 48, 72, 168, 336, null];

/** The nearest-rank percentile of sorted values: the smallest value with at least q of all at or below it. */
export const nearestRank = (sorted: readonly number[], q: number): number | null =>
  sorted.length === 0 ? null : sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;

/** Counts per bucket: above the previous bound, up to and including this one. */
export const histogram = (hours: readonly number[], bounds: readonly (number | null)[] = FEEDBACK_HOURS_BUCKETS) => {
  const counts = bounds.map(() => 0);
  for (const h of hours) {
    const i = bounds.findIndex((bound) => bound === null || h <= bound);
    counts[i === -1 ? bounds.length - 1 : i]! += 1;
  }
  return counts.map((count, i): HistogramBucket => ({ upToHours: bounds[i] ?? null, count }));
};

const EARLIEST = -8.64e15;
const LATEST = 8.64e15;

const rate = (offers: number, interviewed: number): number | null =>
  interviewed === 0 ? null : offers / interviewed;

/** Agency-wide aggregates; never a person's row. */
export const analyticsQueries = (db: ReadModelDb) => {
  const inRange = 'a.agency_id = :agencyId AND a.applied_at >= :from AND a.applied_at < :to';
  const funnel = lazily(
    db,
    `
    SELECT ${APPLICATION_COUNTS},
      coalesce(sum(a.feedback_status = 'DECLINED'), 0) AS feedbackDeclined
    FROM applications a WHERE ${inRange}`,
  );
  const waits = lazily(
    db,
    `SELECT a.feedback_received_at - a.feedback_requested_at AS waited FROM applications a
       WHERE ${inRange} AND a.feedback_status = 'RECEIVED' AND a.feedback_requested_at IS NOT NULL ORDER BY waited`,
    (s) => s.pluck(),
  );
  const themes = lazily(
    db,
    `
    SELECT p.value ->> 'theme' AS theme, p.value ->> 'polarity' AS polarity, count(*) AS count
    FROM applications a, json_each(a.feedback, '$.points') p
    WHERE ${inRange} AND a.feedback IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  const firsts = `firsts AS MATERIALIZED (
      SELECT candidate_id, min(completed_at) AS first FROM goals WHERE completed_at IS NOT NULL GROUP BY candidate_id)`;
  const impact = lazily(
    db,
    `
    WITH ${firsts}
    SELECT
      coalesce(sum(a.applied_at < f.first AND a.first_interview_at IS NOT NULL), 0) AS interviewedBefore,
      coalesce(sum(a.applied_at < f.first AND a.first_interview_at IS NOT NULL AND a.offer_at IS NOT NULL), 0) AS offersBefore,
      coalesce(sum(a.applied_at >= f.first AND a.first_interview_at IS NOT NULL), 0) AS interviewedAfter,
      coalesce(sum(a.applied_at >= f.first AND a.first_interview_at IS NOT NULL AND a.offer_at IS NOT NULL), 0) AS offersAfter
    FROM firsts f JOIN applications a ON a.candidate_id = f.candidate_id
    WHERE ${inRange}`,
  );
  const improvers = lazily(
    db,
    `WITH ${firsts}
       SELECT count(*) FROM firsts f JOIN candidates c ON c.id = f.candidate_id
       WHERE c.agency_id = :agencyId AND f.first >= :from AND f.first < :to`,
    (s) => s.pluck(),
  );

  return {
    /**
     * The agency's funnel, time to feedback, themes and goal impact over the applications applied
     * in the range (`from` inclusive, `to` exclusive; open-ended when absent).
     */
    agencyAnalytics: (args: { readonly agencyId: string } & DateRange): AgencyAnalytics => {
      const params = {
        agencyId: args.agencyId,
        from: args.from ? toMs(args.from) : EARLIEST,
        to: args.to ? toMs(args.to) : LATEST,
      };
      const hours = (waits.all(params) as number[]).map((ms) => ms / HOUR_MS);
      const i = impact.get(params) as {
        interviewedBefore: number;
        offersBefore: number;
        interviewedAfter: number;
        offersAfter: number;
      };
      return {
        agencyId: args.agencyId,
        range: { from: args.from ?? null, to: args.to ?? null },
        funnel: funnel.get(params) as Funnel,
        timeToFeedback: {
          count: hours.length,
          p50Hours: nearestRank(hours, 0.5),
          p90Hours: nearestRank(hours, 0.9),
          histogram: histogram(hours),
        },
        themes: themes.all(params) as { theme: FeedbackTheme; polarity: Polarity; count: number }[],
        goalImpact: {
          candidatesWithCompletedGoals: improvers.get(params) as number,
          offerRateBeforeGoals: rate(i.offersBefore, i.interviewedBefore),
          offerRateAfterGoals: rate(i.offersAfter, i.interviewedAfter),
          interviewedBeforeGoals: i.interviewedBefore,
          offersBeforeGoals: i.offersBefore,
          interviewedAfterGoals: i.interviewedAfter,
          offersAfterGoals: i.offersAfter,
        },
      };
    },
  };
};
