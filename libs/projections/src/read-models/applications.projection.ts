import { asPivotal, statementsFor, versioned, type Projection, type ReadModelDb } from '../projection';
import { toMs } from '../time';

const VERSION = 1;
const t = {
  applications: versioned('applications', VERSION),
  interviews: versioned('interviews', VERSION),
  feedback: versioned('feedback', VERSION),
};

const statements = statementsFor((db: ReadModelDb) => ({
  applied: db.prepare(
    `INSERT INTO ${t.applications} (id, candidate_id, agency_id, company, role, applied_at) VALUES (?, ?, ?, ?, ?, ?)`,
  ),
  scheduled: db.prepare(
    `INSERT INTO ${t.interviews} (application_id, id, stage, scheduled_for) VALUES (?, ?, ?, ?)
     ON CONFLICT DO UPDATE SET stage = excluded.stage, scheduled_for = excluded.scheduled_for`,
  ),
  interviewed: db.prepare(
    `INSERT INTO ${t.interviews} (application_id, id, stage, occurred_at, self_rating, notes) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT DO UPDATE SET stage = excluded.stage, occurred_at = excluded.occurred_at,
       self_rating = excluded.self_rating, notes = excluded.notes`,
  ),
  markInterviewed: db.prepare(
    `UPDATE ${t.applications} SET interview_count = interview_count + 1,
       first_interview_at = min(coalesce(first_interview_at, ?), ?),
       status = CASE WHEN status = 'APPLIED' THEN 'INTERVIEWING' ELSE status END
     WHERE id = ?`,
  ),
  rejected: db.prepare(
    `UPDATE ${t.applications} SET status = 'REJECTED', rejected_at = ?, rejection_reason = ? WHERE id = ?`,
  ),
  offered: db.prepare(`UPDATE ${t.applications} SET status = 'OFFER', offer_at = ? WHERE id = ?`),
  withdrawn: db.prepare(`UPDATE ${t.applications} SET status = 'WITHDRAWN', withdrawn_at = ? WHERE id = ?`),
  feedbackRequested: db.prepare(
    `UPDATE ${t.applications} SET feedback_status = 'REQUESTED', feedback_requested_at = ?,
       agency_id = coalesce(agency_id, ?) WHERE id = ?`,
  ),
  feedbackReceived: db.prepare(
    `UPDATE ${t.applications} SET feedback_status = 'RECEIVED', feedback_received_at = ?, feedback_id = ? WHERE id = ?`,
  ),
  feedback: db.prepare(
    `INSERT INTO ${t.feedback} (id, application_id, candidate_id, received_at, recorded_by, summary, recommendation, points)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
  feedbackDeclined: db.prepare(
    `UPDATE ${t.applications} SET feedback_status = 'DECLINED', feedback_declined_at = ?, feedback_decline_reason = ?
     WHERE id = ?`,
  ),
}));

/**
 * Applications with their status, feedback status and timestamps; their interviews; the feedback
 * each received with its points. The feedback queue and the agency analytics read these tables.
 */
export const applicationsProjection: Projection = {
  name: 'applications',
  version: VERSION,
  handles: [
    'JobApplied',
    'InterviewScheduled',
    'Interviewed',
    'ApplicationRejected',
    'OfferReceived',
    'ApplicationWithdrawn',
    'FeedbackRequested',
    'FeedbackReceived',
    'FeedbackDeclined',
  ],
  tables: { applications: t.applications, interviews: t.interviews, feedback: t.feedback },
  init(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS ${t.applications} (
        id TEXT PRIMARY KEY,
        candidate_id TEXT NOT NULL,
        agency_id TEXT,
        company TEXT NOT NULL,
        role TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'APPLIED',
        feedback_status TEXT NOT NULL DEFAULT 'NONE',
        applied_at INTEGER NOT NULL,
        first_interview_at INTEGER,
        interview_count INTEGER NOT NULL DEFAULT 0,
        rejected_at INTEGER,
        rejection_reason TEXT,
        offer_at INTEGER,
        withdrawn_at INTEGER,
        feedback_requested_at INTEGER,
        feedback_received_at INTEGER,
        feedback_declined_at INTEGER,
        feedback_decline_reason TEXT,
        feedback_id TEXT
      );
      CREATE INDEX IF NOT EXISTS ${t.applications}_by_candidate ON ${t.applications} (candidate_id, applied_at, id);
      CREATE INDEX IF NOT EXISTS ${t.applications}_by_agency ON ${t.applications} (agency_id, applied_at);
      CREATE INDEX IF NOT EXISTS ${t.applications}_feedback_queue ON ${t.applications} (agency_id, feedback_requested_at, id)
        WHERE feedback_status = 'REQUESTED';
      CREATE TABLE IF NOT EXISTS ${t.interviews} (
        application_id TEXT NOT NULL,
        id TEXT NOT NULL,
        stage TEXT NOT NULL,
        scheduled_for INTEGER,
        occurred_at INTEGER,
        self_rating INTEGER,
        notes TEXT,
        PRIMARY KEY (application_id, id)
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS ${t.feedback} (
        id TEXT PRIMARY KEY,
        application_id TEXT NOT NULL,
        candidate_id TEXT NOT NULL,
        received_at INTEGER NOT NULL,
        recorded_by TEXT NOT NULL,
        summary TEXT NOT NULL,
        recommendation TEXT,
        points TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS ${t.feedback}_by_application ON ${t.feedback} (application_id);
    `);
  },
  apply(db, event) {
    const s = statements(db);
    const e = asPivotal(event);
    switch (e.type) {
      case 'JobApplied': {
        const d = e.data;
        s.applied.run(d.applicationId, d.candidateId, d.agencyId, d.company, d.role, toMs(d.appliedAt));
        return;
      }
      case 'InterviewScheduled': {
        const d = e.data;
        s.scheduled.run(d.applicationId, d.interviewId, d.stage, toMs(d.scheduledFor));
        return;
      }
      case 'Interviewed': {
        const d = e.data;
        const at = toMs(d.occurredAt);
        s.interviewed.run(d.applicationId, d.interviewId, d.stage, at, d.selfRating, d.notes);
        s.markInterviewed.run(at, at, d.applicationId);
        return;
      }
      case 'ApplicationRejected':
        s.rejected.run(toMs(e.data.rejectedAt), e.data.reason, e.data.applicationId);
        return;
      case 'OfferReceived':
        s.offered.run(toMs(e.data.receivedAt), e.data.applicationId);
        return;
      case 'ApplicationWithdrawn':
        s.withdrawn.run(toMs(e.data.withdrawnAt), e.data.applicationId);
        return;
      case 'FeedbackRequested':
        s.feedbackRequested.run(toMs(e.data.requestedAt), e.data.agencyId, e.data.applicationId);
        return;
      case 'FeedbackReceived': {
        const d = e.data;
        const at = toMs(d.receivedAt);
        s.feedbackReceived.run(at, d.feedbackId, d.applicationId);
        s.feedback.run(
          d.feedbackId,
          d.applicationId,
          d.candidateId,
          at,
          d.recordedBy,
          d.summary,
          d.recommendation,
          JSON.stringify(d.points),
        );
        return;
      }
      case 'FeedbackDeclined':
        s.feedbackDeclined.run(toMs(e.data.declinedAt), e.data.reason, e.data.applicationId);
        return;
      default:
        return;
    }
  },
};
