import type { ApplicationStatus } from '@pivotal/domain';
import type { ReadModelDb } from '../projection';
import { lazily } from './lazy-statement';
import {
  STORED_APPLICATION_COLUMNS,
  type StoredApplication,
  type StoredFeedback,
  type StoredInterview,
} from '../read-models/applications.projection';
import { toIso, toIsoOrNull } from '../time';
import { alignOne, decodeCursor, idList, pageSize, toPage } from './page';
import type { ApplicationView, FeedbackView, InterviewView, Page, PageArgs } from './read-model.types';

interface InterviewsRow {
  id: string;
  interviews: string;
}
interface FeedbackRow {
  id: string;
  candidate_id: string;
  feedback_id: string;
  feedback_received_at: number;
  feedback: string;
}

const toApplication = (r: StoredApplication): ApplicationView => ({
  id: r.id,
  candidateId: r.candidate_id,
  agencyId: r.agency_id,
  company: r.company,
  role: r.role,
  status: r.status,
  feedbackStatus: r.feedback_status,
  appliedAt: toIso(r.applied_at),
  firstInterviewAt: toIsoOrNull(r.first_interview_at),
  interviewCount: r.interview_count,
  rejectedAt: toIsoOrNull(r.rejected_at),
  rejectionReason: r.rejection_reason,
  offerAt: toIsoOrNull(r.offer_at),
  withdrawnAt: toIsoOrNull(r.withdrawn_at),
  feedbackRequestedAt: toIsoOrNull(r.feedback_requested_at),
  feedbackReceivedAt: toIsoOrNull(r.feedback_received_at),
  feedbackDeclinedAt: toIsoOrNull(r.feedback_declined_at),
  feedbackDeclineReason: r.feedback_decline_reason,
  feedbackId: r.feedback_id,
});
/** An application's interviews in time order (held, else scheduled), then by id. */
const toInterviews = (r: InterviewsRow): InterviewView[] =>
  (JSON.parse(r.interviews) as StoredInterview[])
    .sort(
      (a, b) =>
        (a.occurredAt ?? a.scheduledFor ?? 0) - (b.occurredAt ?? b.scheduledFor ?? 0) ||
        a.id.localeCompare(b.id),
    )
    .map((i) => ({
      id: i.id,
      applicationId: r.id,
      stage: i.stage,
      scheduledFor: toIsoOrNull(i.scheduledFor),
      occurredAt: toIsoOrNull(i.occurredAt),
      selfRating: i.selfRating,
      notes: i.notes,
    }));
const toFeedback = (r: FeedbackRow): FeedbackView => {
  const feedback = JSON.parse(r.feedback) as StoredFeedback;
  return {
    id: r.feedback_id,
    applicationId: r.id,
    candidateId: r.candidate_id,
    receivedAt: toIso(r.feedback_received_at),
    recordedBy: feedback.recordedBy,
    summary: feedback.summary,
    recommendation: feedback.recommendation,
    points: feedback.points,
  };
};

export interface ApplicationsOfCandidateArgs extends PageArgs {
  readonly candidateId: string;
  /** Only applications in this status. */
  readonly status?: ApplicationStatus | null;
}

/** Applications, newest first per candidate; interviews and feedback batched by application. */
export const applicationQueries = (db: ReadModelDb) => {
  // Never `*`: the interviews and feedback JSON are large and no list shows them.
  const view = STORED_APPLICATION_COLUMNS.join(', ');
  const byIds = lazily(db, `SELECT ${view} FROM applications WHERE id IN (SELECT value FROM json_each(?))`);
  const match = 'candidate_id = :candidateId AND (:status IS NULL OR status = :status)';
  const firstPage = lazily(
    db,
    `SELECT ${view} FROM applications WHERE ${match} ORDER BY applied_at DESC, id DESC LIMIT :limit`,
  );
  const nextPage = lazily(
    db,
    `SELECT ${view} FROM applications WHERE ${match} AND (applied_at, id) < (:appliedAt, :id)
     ORDER BY applied_at DESC, id DESC LIMIT :limit`,
  );
  const count = lazily(db, `SELECT count(*) FROM applications WHERE ${match}`, (s) => s.pluck());
  const interviews = lazily(
    db,
    'SELECT id, interviews FROM applications WHERE id IN (SELECT value FROM json_each(?))',
  );
  const feedbackColumns = 'id, candidate_id, feedback_id, feedback_received_at, feedback';
  const feedback = lazily(
    db,
    `SELECT ${feedbackColumns} FROM applications WHERE id IN (SELECT value FROM json_each(?)) AND feedback_id IS NOT NULL`,
  );
  const feedbackByIds = lazily(
    db,
    `SELECT ${feedbackColumns} FROM applications WHERE feedback_id IN (SELECT value FROM json_each(?)) AND feedback_id IS NOT NULL`,
  );

  const applicationsByIds = (ids: readonly string[]): (ApplicationView | null)[] =>
    alignOne(ids, byIds.all(idList(ids)) as StoredApplication[], (r) => r.id, toApplication);
  return {
    applicationById: (id: string): ApplicationView | null => applicationsByIds([id])[0] ?? null,
    /** Applications in the order of `ids`, null where unknown. */
    applicationsByIds,
    /** A candidate's applications, most recently applied first. */
    applicationsOfCandidate: (args: ApplicationsOfCandidateArgs): Page<ApplicationView> => {
      const size = pageSize(args);
      const params = { candidateId: args.candidateId, status: args.status ?? null, limit: size + 1 };
      const rows = (
        args.after
          ? (() => {
              const [appliedAt, id] = decodeCursor<[number, string]>(args.after, ['number', 'string']);
              return nextPage.all({ ...params, appliedAt, id });
            })()
          : firstPage.all(params)
      ) as StoredApplication[];
      const total = count.get({ candidateId: args.candidateId, status: args.status ?? null }) as number;
      return toPage(rows, size, total, (r) => [r.applied_at, r.id], toApplication);
    },
    /** Each application's interviews (scheduled and held), in time order, aligned with `ids`. */
    interviewsByApplicationIds: (ids: readonly string[]): InterviewView[][] =>
      alignOne(ids, interviews.all(idList(ids)) as InterviewsRow[], (r) => r.id, toInterviews).map(
        (i) => i ?? [],
      ),
    /** Each application's feedback with its points, null where none arrived, aligned with `ids`. */
    feedbackByApplicationIds: (ids: readonly string[]): (FeedbackView | null)[] =>
      alignOne(ids, feedback.all(idList(ids)) as FeedbackRow[], (r) => r.id, toFeedback),
    feedbackByIds: (ids: readonly string[]): (FeedbackView | null)[] =>
      alignOne(ids, feedbackByIds.all(idList(ids)) as FeedbackRow[], (r) => r.feedback_id, toFeedback),
  };
};
