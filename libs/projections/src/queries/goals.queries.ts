import type { GoalStatus } from '@pivotal/domain';
import type { ReadModelDb } from '../projection';
import { lazily } from './lazy-statement';
import type { StoredFeedback } from '../read-models/applications.projection';
import type { StoredGoal } from '../read-models/goals.projection';
import { toIso, toIsoOrNull } from '../time';
import { alignMany, alignOne, decodeCursor, idList, pageSize, toPage } from './page';
import type { GoalView, Page, PageArgs } from './read-model.types';

interface GoalRow extends StoredGoal {
  /** The feedback of the goal's application (JSON) and its id, to find the source point in. */
  source_feedback_id: string | null;
  source_feedback: string | null;
}

const toGoal = (r: GoalRow): GoalView => ({
  id: r.id,
  candidateId: r.candidate_id,
  theme: r.theme,
  title: r.title,
  status: r.status,
  setAt: toIso(r.set_at),
  completedAt: toIsoOrNull(r.completed_at),
  abandonedAt: toIsoOrNull(r.abandoned_at),
  reflection: r.reflection,
  source:
    r.from_feedback_id === null
      ? null
      : {
          feedbackId: r.from_feedback_id,
          applicationId: r.application_id,
          pointIndex: r.point_index,
          point:
            r.source_feedback !== null &&
            r.source_feedback_id === r.from_feedback_id &&
            r.point_index !== null
              ? ((JSON.parse(r.source_feedback) as StoredFeedback).points[r.point_index] ?? null)
              : null,
        },
});

export interface GoalsOfCandidateArgs extends PageArgs {
  readonly candidateId: string;
  readonly status?: GoalStatus | null;
}

/** Goals with their source point; newest first per candidate. */
export const goalQueries = (db: ReadModelDb) => {
  const select = `SELECT g.*, a.feedback_id AS source_feedback_id, a.feedback AS source_feedback
    FROM goals g LEFT JOIN applications a ON a.id = g.application_id`;
  const byIds = lazily(db, `${select} WHERE g.id IN (SELECT value FROM json_each(?))`);
  const byCandidates = lazily(
    db,
    `${select} WHERE g.candidate_id IN (SELECT value FROM json_each(?)) ORDER BY g.set_at DESC, g.id DESC`,
  );
  const byApplications = lazily(
    db,
    `${select} WHERE g.application_id IN (SELECT value FROM json_each(?)) ORDER BY g.set_at, g.id`,
  );
  const match = 'g.candidate_id = :candidateId AND (:status IS NULL OR g.status = :status)';
  const firstPage = lazily(db, `${select} WHERE ${match} ORDER BY g.set_at DESC, g.id DESC LIMIT :limit`);
  const nextPage = lazily(
    db,
    `${select} WHERE ${match} AND (g.set_at, g.id) < (:setAt, :id) ORDER BY g.set_at DESC, g.id DESC LIMIT :limit`,
  );
  const count = lazily(db, `SELECT count(*) FROM goals g WHERE ${match}`, (s) => s.pluck());
  return {
    goalsByIds: (ids: readonly string[]): (GoalView | null)[] =>
      alignOne(ids, byIds.all(idList(ids)) as GoalRow[], (r) => r.id, toGoal),
    /** Each candidate's goals, newest first, aligned with `ids`. */
    goalsByCandidateIds: (ids: readonly string[]): GoalView[][] =>
      alignMany(ids, byCandidates.all(idList(ids)) as GoalRow[], (r) => r.candidate_id, toGoal),
    /** The goals made from each application's feedback, aligned with `ids`. */
    goalsByApplicationIds: (ids: readonly string[]): GoalView[][] =>
      alignMany(ids, byApplications.all(idList(ids)) as GoalRow[], (r) => r.application_id ?? '', toGoal),
    /** One page of a candidate's goals, newest first, optionally in one status. */
    goalsOfCandidate: (args: GoalsOfCandidateArgs): Page<GoalView> => {
      const size = pageSize(args);
      const params = { candidateId: args.candidateId, status: args.status ?? null, limit: size + 1 };
      const rows = (
        args.after
          ? (() => {
              const [setAt, id] = decodeCursor<[number, string]>(args.after, ['number', 'string']);
              return nextPage.all({ ...params, setAt, id });
            })()
          : firstPage.all(params)
      ) as GoalRow[];
      const total = count.get({ candidateId: args.candidateId, status: args.status ?? null }) as number;
      return toPage(rows, size, total, (r) => [r.set_at, r.id], toGoal);
    },
  };
};
