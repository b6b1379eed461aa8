import { ERASED, type FeedbackTheme, type GoalStatus } from '@pivotal/domain';
import { asPivotal, statementsFor, versioned, type Projection, type ReadModelDb } from '../projection';
import { toMs } from '../time';

const VERSION = 1;
const t = { goals: versioned('goals', VERSION) };

/** A goal row as the table holds it; the queries read it too. */
export interface StoredGoal {
  id: string;
  candidate_id: string;
  theme: FeedbackTheme;
  title: string;
  status: GoalStatus;
  set_at: number;
  completed_at: number | null;
  abandoned_at: number | null;
  reflection: string | null;
  from_feedback_id: string | null;
  application_id: string | null;
  point_index: number | null;
}

const statements = statementsFor((db: ReadModelDb) => ({
  insert: db.prepare(
    `INSERT INTO ${t.goals} (id, candidate_id, theme, title, status, set_at, completed_at, abandoned_at, reflection,
       from_feedback_id, application_id, point_index)
     VALUES (@id, @candidate_id, @theme, @title, @status, @set_at, @completed_at, @abandoned_at, @reflection,
       @from_feedback_id, @application_id, @point_index)`,
  ),
  completed: db.prepare(
    `UPDATE ${t.goals} SET status = 'COMPLETED', completed_at = ?, reflection = ? WHERE id = ?`,
  ),
  abandoned: db.prepare(`UPDATE ${t.goals} SET status = 'ABANDONED', abandoned_at = ? WHERE id = ?`),
  erase: db.prepare(
    `UPDATE ${t.goals} SET title = @erased, reflection = CASE WHEN reflection IS NULL THEN NULL ELSE @erased END
     WHERE candidate_id = @candidateId`,
  ),
  /** Goals set in this batch, written once by `flush`. */
  pending: new Map<string, StoredGoal>(),
}));

/** Improvement goals per candidate, with their status, theme and the feedback point they came from. */
export const goalsProjection: Projection = {
  name: 'goals',
  version: VERSION,
  handles: ['GoalSet', 'GoalCompleted', 'GoalAbandoned', 'CandidateErased'],
  tables: { goals: t.goals },
  init(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS ${t.goals} (
        id TEXT PRIMARY KEY,
        candidate_id TEXT NOT NULL,
        theme TEXT NOT NULL,
        title TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'OPEN',
        set_at INTEGER NOT NULL,
        completed_at INTEGER,
        abandoned_at INTEGER,
        reflection TEXT,
        from_feedback_id TEXT,
        application_id TEXT,
        point_index INTEGER
      );
      CREATE INDEX IF NOT EXISTS ${t.goals}_by_candidate ON ${t.goals} (candidate_id, set_at, id);
      CREATE INDEX IF NOT EXISTS ${t.goals}_by_application ON ${t.goals} (application_id) WHERE application_id IS NOT NULL;
      CREATE INDEX IF NOT EXISTS ${t.goals}_completions ON ${t.goals} (candidate_id, completed_at)
        WHERE completed_at IS NOT NULL;
    `);
  },
  apply(db, event) {
    const s = statements(db);
    const e = asPivotal(event);
    switch (e.type) {
      case 'GoalSet': {
        const d = e.data;
        if (s.pending.has(d.goalId)) throw new Error(`goal ${d.goalId} set twice`);
        s.pending.set(d.goalId, {
          id: d.goalId,
          candidate_id: d.candidateId,
          theme: d.theme,
          title: d.title,
          status: 'OPEN',
          set_at: toMs(d.setAt),
          completed_at: null,
          abandoned_at: null,
          reflection: null,
          from_feedback_id: d.fromFeedbackId,
          application_id: d.applicationId,
          point_index: d.pointIndex,
        });
        return;
      }
      case 'GoalCompleted': {
        const goal = s.pending.get(e.data.goalId);
        const at = toMs(e.data.completedAt);
        if (goal) Object.assign(goal, { status: 'COMPLETED', completed_at: at, reflection: e.data.reflection });
        else s.completed.run(at, e.data.reflection, e.data.goalId);
        return;
      }
      case 'GoalAbandoned': {
        const goal = s.pending.get(e.data.goalId);
        const at = toMs(e.data.abandonedAt);
        if (goal) Object.assign(goal, { status: 'ABANDONED', abandoned_at: at });
        else s.abandoned.run(at, e.data.goalId);
        return;
      }
      case 'CandidateErased': {
        // Status, theme and instants stay for the analytics; the candidate's words go.
        const { candidateId } = e.data;
        for (const goal of s.pending.values()) {
          if (goal.candidate_id !== candidateId) continue;
          goal.title = ERASED;
          if (goal.reflection !== null) goal.reflection = ERASED;
        }
        s.erase.run({ erased: ERASED, candidateId });
        return;
      }
      default:
        return;
    }
  },
  flush(db) {
    const s = statements(db);
    for (const row of s.pending.values()) s.insert.run(row);
    s.pending.clear();
  },
  discard(db) {
    statements(db).pending.clear();
  },
};
