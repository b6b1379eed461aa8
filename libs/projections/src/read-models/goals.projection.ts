import { asPivotal, statementsFor, versioned, type Projection, type ReadModelDb } from '../projection';
import { toMs } from '../time';

const VERSION = 1;
const t = { goals: versioned('goals', VERSION) };

const statements = statementsFor((db: ReadModelDb) => ({
  set: db.prepare(
    `INSERT INTO ${t.goals} (id, candidate_id, theme, title, set_at, from_feedback_id, application_id, point_index)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
  completed: db.prepare(
    `UPDATE ${t.goals} SET status = 'COMPLETED', completed_at = ?, reflection = ? WHERE id = ?`,
  ),
  abandoned: db.prepare(`UPDATE ${t.goals} SET status = 'ABANDONED', abandoned_at = ? WHERE id = ?`),
}));

/** Improvement goals per candidate, with their status, theme and the feedback point they came from. */
export const goalsProjection: Projection = {
  name: 'goals',
  version: VERSION,
  handles: ['GoalSet', 'GoalCompleted', 'GoalAbandoned'],
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
        s.set.run(d.goalId, d.candidateId, d.theme, d.title, toMs(d.setAt), d.fromFeedbackId, d.applicationId, d.pointIndex);
        return;
      }
      case 'GoalCompleted':
        s.completed.run(toMs(e.data.completedAt), e.data.reflection, e.data.goalId);
        return;
      case 'GoalAbandoned':
        s.abandoned.run(toMs(e.data.abandonedAt), e.data.goalId);
        return;
      default:
        return;
    }
  },
};
