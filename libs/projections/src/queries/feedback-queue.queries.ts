import type { ApplicationStatus } from '@pivotal/domain';
import type { ReadModelDb } from '../projection';
import { lazily } from './lazy-statement';
import { HOUR_MS, toIso, toIsoOrNull, toMs } from '../time';
import { decodeCursor, pageSize, toPage } from './page';
import type { FeedbackQueueItem, Page, PageArgs } from './read-model.types';

interface QueueRow {
  id: string;
  candidate_id: string;
  candidate_name: string | null;
  candidate_email: string | null;
  company: string;
  role: string;
  status: ApplicationStatus;
  rejected_at: number | null;
  feedback_requested_at: number;
}

export interface FeedbackQueueArgs extends PageArgs {
  readonly agencyId: string;
  /** The instant waiting times are measured to. */
  readonly now: Date | string;
}

/** The agency's unanswered feedback requests (neither received nor declined), oldest first. */
export const feedbackQueueQueries = (db: ReadModelDb) => {
  const select = `SELECT a.id, a.candidate_id, c.name AS candidate_name, c.email AS candidate_email, a.company,
      a.role, a.status, a.rejected_at, a.feedback_requested_at
    FROM applications a LEFT JOIN candidates c ON c.id = a.candidate_id
    WHERE a.agency_id = :agencyId AND a.feedback_status = 'REQUESTED'`;
  const firstPage = lazily(db, `${select} ORDER BY a.feedback_requested_at, a.id LIMIT :limit`);
  const nextPage = lazily(
    db,
    `${select} AND (a.feedback_requested_at, a.id) > (:requestedAt, :id) ORDER BY a.feedback_requested_at, a.id LIMIT :limit`,
  );
  const count = lazily(
    db,
    `SELECT count(*) FROM applications WHERE agency_id = ? AND feedback_status = 'REQUESTED'`,
    (s) => s.pluck(),
  );
  return {
    /** One page of the queue with each request's waiting time in hours up to `now`, and the total. */
    feedbackQueue: (args: FeedbackQueueArgs): Page<FeedbackQueueItem> => {
      const size = pageSize(args);
      const now = typeof args.now === 'string' ? toMs(args.now) : args.now.getTime();
      const params = { agencyId: args.agencyId, limit: size + 1 };
      const rows = (
        args.after
          ? (() => {
              const [requestedAt, id] = decodeCursor<[number, string]>(args.after, ['number', 'string']);
              return nextPage.all({ ...params, requestedAt, id });
            })()
          : firstPage.all(params)
      ) as QueueRow[];
      return toPage(
        rows,
        size,
        count.get(args.agencyId) as number,
        (r) => [r.feedback_requested_at, r.id],
        (r) => ({
          applicationId: r.id,
          candidateId: r.candidate_id,
          candidateName: r.candidate_name,
          candidateEmail: r.candidate_email,
          company: r.company,
          role: r.role,
          status: r.status,
          rejectedAt: toIsoOrNull(r.rejected_at),
          requestedAt: toIso(r.feedback_requested_at),
          waitingHours: Math.max(0, (now - r.feedback_requested_at) / HOUR_MS),
        }),
      );
    },
  };
};
