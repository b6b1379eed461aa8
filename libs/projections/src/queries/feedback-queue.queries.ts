import { addWorkingDays, type ApplicationStatus } from '@pivotal/domain';
import type { ReadModelDb } from '../projection';
import { lazily, type LazyStatement } from './lazy-statement';
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
  requested_at: number;
  last_interview_at: number | null;
  assignee_id: string | null;
  assigned_at: number | null;
  sort_key: number;
}

/** Whose requests: everyone's, the viewer's own, or nobody's yet. */
export type QueueAssignee = 'EVERYONE' | 'MINE' | 'UNASSIGNED';
/** How long a request has waited: under 48 hours, 48 hours to 7 days, over 7 days. */
export type WaitingBand = 'UNDER_48H' | 'FROM_48H_TO_7D' | 'OVER_7D';
/** Oldest request first, or the most recent last interview first (no interview last). */
export type QueueSort = 'OLDEST_FIRST' | 'LAST_INTERVIEW';

export interface FeedbackQueueArgs extends PageArgs {
  readonly agencyId: string;
  /** The instant waiting times are measured to. */
  readonly now: Date | string;
  readonly assignee?: QueueAssignee;
  /** The viewer, for `MINE`. */
  readonly viewerId?: string;
  readonly waiting?: WaitingBand | null;
  /** Text the company or the role contains (any case). */
  readonly search?: string | null;
  readonly sort?: QueueSort;
}

const DAY_MS = 24 * HOUR_MS;

/** `requested_at` bounds of each band, relative to now: (newest allowed, oldest allowed]. */
const bandBounds = (band: WaitingBand, now: number): { after: number; upTo: number } => {
  switch (band) {
    case 'UNDER_48H':
      return { after: now - 2 * DAY_MS, upTo: Number.MAX_SAFE_INTEGER };
    case 'FROM_48H_TO_7D':
      return { after: now - 7 * DAY_MS, upTo: now - 2 * DAY_MS };
    case 'OVER_7D':
      return { after: Number.MIN_SAFE_INTEGER, upTo: now - 7 * DAY_MS };
  }
};

const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const nowMs = (now: Date | string): number => (typeof now === 'string' ? toMs(now) : now.getTime());

/**
 * The agency's waiting feedback requests (neither received nor declined), filtered and paged by
 * keyset over partial indexes of the `feedback_queue` read model.
 */
export const feedbackQueueQueries = (db: ReadModelDb) => {
  const statements = new Map<string, LazyStatement>();
  const statement = (sql: string, pluck = false): LazyStatement => {
    let s = statements.get(sql);
    if (!s) {
      s = lazily(db, sql, pluck ? (prepared) => prepared.pluck() : undefined);
      statements.set(sql, s);
    }
    return s;
  };
  const targetOf = lazily(db, 'SELECT working_days FROM response_targets WHERE agency_id = ?', (s) => s.pluck());
  const agencyOfRequest = lazily(db, 'SELECT agency_id FROM feedback_queue WHERE application_id = ?', (s) => s.pluck());
  const workload = lazily(
    db,
    `SELECT assignee_id, count(*) AS open, min(requested_at) AS oldest FROM feedback_queue
     WHERE agency_id = ? AND status = 'REQUESTED' GROUP BY assignee_id`,
  );

  const conditions = (args: FeedbackQueueArgs): string[] => {
    const where = ['q.agency_id = :agencyId', `q.status = 'REQUESTED'`];
    if (args.assignee === 'MINE') where.push('q.assignee_id = :viewerId');
    if (args.assignee === 'UNASSIGNED') where.push('q.assignee_id IS NULL');
    if (args.waiting) where.push('q.requested_at > :after AND q.requested_at <= :upTo');
    if (args.search?.trim()) where.push(`(a.company LIKE :search ESCAPE '\\' OR a.role LIKE :search ESCAPE '\\')`);
    return where;
  };

  const toItem = (now: number, targetDays: number | null) => (r: QueueRow): FeedbackQueueItem => {
    const dueAt = targetDays === null ? null : addWorkingDays(r.requested_at, targetDays);
    return {
      applicationId: r.id,
      candidateId: r.candidate_id,
      candidateName: r.candidate_name,
      candidateEmail: r.candidate_email,
      company: r.company,
      role: r.role,
      status: r.status,
      rejectedAt: toIsoOrNull(r.rejected_at),
      requestedAt: toIso(r.requested_at),
      waitingHours: Math.max(0, (now - r.requested_at) / HOUR_MS),
      lastInterviewAt: toIsoOrNull(r.last_interview_at),
      assigneeId: r.assignee_id,
      assignedAt: toIsoOrNull(r.assigned_at),
      dueAt: dueAt === null ? null : toIso(dueAt),
      hoursUntilDue: dueAt === null ? null : (dueAt - now) / HOUR_MS,
    };
  };

  const select = `SELECT q.application_id AS id, q.candidate_id, c.name AS candidate_name, c.email AS candidate_email,
      a.company, a.role, a.status, a.rejected_at, q.requested_at, q.last_interview_at, q.assignee_id, q.assigned_at`;
  const from = `FROM feedback_queue q JOIN applications a ON a.id = q.application_id LEFT JOIN candidates c ON c.id = q.candidate_id`;

  return {
    /** One page of the queue with each request's waiting time up to `now`, its holder and its deadline, and the filtered total. */
    feedbackQueue: (args: FeedbackQueueArgs): Page<FeedbackQueueItem> => {
      const size = pageSize(args);
      const now = nowMs(args.now);
      const byInterview = args.sort === 'LAST_INTERVIEW';
      const sortKey = byInterview ? 'coalesce(q.last_interview_at, 0)' : 'q.requested_at';
      const order = byInterview ? 'DESC' : 'ASC';
      const where = conditions(args);
      const params: Record<string, unknown> = { agencyId: args.agencyId, limit: size + 1 };
      if (args.assignee === 'MINE') params['viewerId'] = args.viewerId ?? '';
      if (args.waiting) Object.assign(params, bandBounds(args.waiting, now));
      if (args.search?.trim()) params['search'] = likePattern(args.search.trim());
      const total = statement(`SELECT count(*) ${from} WHERE ${where.join(' AND ')}`, true).get(params) as number;
      if (args.after) {
        const [key, id] = decodeCursor<[number, string]>(args.after, ['number', 'string']);
        where.push(`(${sortKey}, q.application_id) ${byInterview ? '<' : '>'} (:key, :id)`);
        Object.assign(params, { key, id });
      }
      const rows = statement(
        `${select}, ${sortKey} AS sort_key ${from} WHERE ${where.join(' AND ')}
         ORDER BY ${sortKey} ${order}, q.application_id ${order} LIMIT :limit`,
      ).all(params) as QueueRow[];
      const target = (targetOf.get(args.agencyId) as number | undefined) ?? null;
      return toPage(rows, size, total, (r) => [r.sort_key, r.id], toItem(now, target));
    },
    /** One waiting request of the agency as the queue shows it, or null once answered (or never asked). */
    feedbackRequest: (agencyId: string, applicationId: string, now: Date | string): FeedbackQueueItem | null => {
      const row = statement(
        `${select}, 0 AS sort_key ${from} WHERE q.agency_id = ? AND q.application_id = ? AND q.status = 'REQUESTED'`,
      ).get(agencyId, applicationId) as QueueRow | undefined;
      const target = (targetOf.get(agencyId) as number | undefined) ?? null;
      return row ? toItem(nowMs(now), target)(row) : null;
    },
    /** The agency a feedback request on this application went to, or null. */
    feedbackRequestAgency: (applicationId: string): string | null =>
      (agencyOfRequest.get(applicationId) as string | null | undefined) ?? null,
    /** The agency's response-time target in working days, or null when none was set. */
    responseTargetDays: (agencyId: string): number | null => (targetOf.get(agencyId) as number | undefined) ?? null,
    /** Waiting requests per holder (null: unassigned) and the oldest request of each. */
    feedbackWorkload: (agencyId: string): { assigneeId: string | null; open: number; oldestRequestedAt: string }[] =>
      (workload.all(agencyId) as { assignee_id: string | null; open: number; oldest: number }[]).map((r) => ({
        assigneeId: r.assignee_id,
        open: r.open,
        oldestRequestedAt: toIso(r.oldest),
      })),
  };
};
