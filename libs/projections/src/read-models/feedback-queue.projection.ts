import { asPivotal, statementsFor, versioned, type Projection, type ReadModelDb } from '../projection';
import { toMs } from '../time';

const VERSION = 1;
const t = {
  feedbackQueue: versioned('feedback_queue', VERSION),
  responseTargets: versioned('response_targets', VERSION),
};

const statements = statementsFor((db: ReadModelDb) => ({
  interviewed: db.prepare(
    `INSERT INTO ${t.feedbackQueue} (application_id, last_interview_at) VALUES (?, ?)
     ON CONFLICT (application_id) DO UPDATE SET last_interview_at = max(coalesce(last_interview_at, excluded.last_interview_at), excluded.last_interview_at)`,
  ),
  requested: db.prepare(
    `INSERT INTO ${t.feedbackQueue} (application_id, agency_id, candidate_id, status, requested_at) VALUES (?, ?, ?, 'REQUESTED', ?)
     ON CONFLICT (application_id) DO UPDATE SET agency_id = excluded.agency_id, candidate_id = excluded.candidate_id,
       status = 'REQUESTED', requested_at = excluded.requested_at`,
  ),
  answered: db.prepare(`UPDATE ${t.feedbackQueue} SET status = ?, answered_at = ?, answered_by = ? WHERE application_id = ?`),
  assigned: db.prepare(`UPDATE ${t.feedbackQueue} SET assignee_id = ?, assigned_at = ? WHERE application_id = ?`),
  // Nobody can answer an erased candidate any more: their waiting request leaves the queue.
  erased: db.prepare(`UPDATE ${t.feedbackQueue} SET status = 'ERASED' WHERE candidate_id = ? AND status = 'REQUESTED'`),
  target: db.prepare(
    `INSERT INTO ${t.responseTargets} (agency_id, working_days, set_by, set_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (agency_id) DO UPDATE SET working_days = excluded.working_days, set_by = excluded.set_by, set_at = excluded.set_at`,
  ),
}));

/**
 * The feedback queue as staff work through it: one row per application that was interviewed or
 * asked for feedback (its last interview, the request, its answer, who holds it), and each
 * agency's response-time target. Ids and instants only: names, companies and roles are joined
 * from the tables that own them, so an erasure has one place to reach. The queue's filters,
 * the workload panel and the response-target analytics read it through partial indexes on the
 * requests still waiting.
 */
export const feedbackQueueProjection: Projection = {
  name: 'feedback_queue',
  version: VERSION,
  handles: [
    'Interviewed',
    'FeedbackRequested',
    'FeedbackReceived',
    'FeedbackDeclined',
    'FeedbackAssigned',
    'FeedbackUnassigned',
    'ResponseTargetSet',
    'CandidateErased',
  ],
  tables: { feedback_queue: t.feedbackQueue, response_targets: t.responseTargets },
  init(db) {
    const waiting = `WHERE status = 'REQUESTED'`;
    db.exec(`
      CREATE TABLE IF NOT EXISTS ${t.feedbackQueue} (
        application_id TEXT PRIMARY KEY,
        agency_id TEXT,
        candidate_id TEXT,
        status TEXT NOT NULL DEFAULT 'NONE',
        last_interview_at INTEGER,
        requested_at INTEGER,
        answered_at INTEGER,
        answered_by TEXT,
        assignee_id TEXT,
        assigned_at INTEGER
      );
      CREATE INDEX IF NOT EXISTS ${t.feedbackQueue}_oldest ON ${t.feedbackQueue} (agency_id, requested_at, application_id) ${waiting};
      CREATE INDEX IF NOT EXISTS ${t.feedbackQueue}_by_assignee
        ON ${t.feedbackQueue} (agency_id, assignee_id, requested_at, application_id) ${waiting};
      CREATE INDEX IF NOT EXISTS ${t.feedbackQueue}_by_interview
        ON ${t.feedbackQueue} (agency_id, coalesce(last_interview_at, 0), application_id) ${waiting};
      CREATE INDEX IF NOT EXISTS ${t.feedbackQueue}_answered
        ON ${t.feedbackQueue} (agency_id, requested_at) WHERE requested_at IS NOT NULL;
      CREATE TABLE IF NOT EXISTS ${t.responseTargets} (
        agency_id TEXT PRIMARY KEY,
        working_days INTEGER NOT NULL,
        set_by TEXT NOT NULL,
        set_at INTEGER NOT NULL
      );
    `);
  },
  apply(db, event) {
    const s = statements(db);
    const e = asPivotal(event);
    switch (e.type) {
      case 'Interviewed':
        s.interviewed.run(e.data.applicationId, toMs(e.data.occurredAt));
        return;
      case 'FeedbackRequested':
        s.requested.run(e.data.applicationId, e.data.agencyId, e.data.candidateId, toMs(e.data.requestedAt));
        return;
      case 'FeedbackReceived':
        s.answered.run('RECEIVED', toMs(e.data.receivedAt), e.data.recordedBy, e.data.applicationId);
        return;
      case 'FeedbackDeclined':
        s.answered.run('DECLINED', toMs(e.data.declinedAt), e.data.declinedBy, e.data.applicationId);
        return;
      case 'FeedbackAssigned':
        s.assigned.run(e.data.assigneeId, toMs(e.data.assignedAt), e.data.applicationId);
        return;
      case 'FeedbackUnassigned':
        s.assigned.run(null, null, e.data.applicationId);
        return;
      case 'CandidateErased':
        s.erased.run(e.data.candidateId);
        return;
      case 'ResponseTargetSet':
        s.target.run(e.data.agencyId, e.data.workingDays, e.data.setBy, toMs(e.data.setAt));
        return;
      default:
        return;
    }
  },
};
