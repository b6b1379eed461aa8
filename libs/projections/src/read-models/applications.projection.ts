import { asPivotal, statementsFor, versioned, type Projection, type ReadModelDb } from '../projection';
import { toMs } from '../time';

const VERSION = 1;
const t = {
  applications: versioned('applications', VERSION),
  interviews: versioned('interviews', VERSION),
  feedback: versioned('feedback', VERSION),
};

/** An application row as the table holds it. */
interface ApplicationRow {
  id: string;
  candidate_id: string;
  agency_id: string | null;
  company: string;
  role: string;
  status: string;
  feedback_status: string;
  applied_at: number;
  first_interview_at: number | null;
  interview_count: number;
  rejected_at: number | null;
  rejection_reason: string | null;
  offer_at: number | null;
  withdrawn_at: number | null;
  feedback_requested_at: number | null;
  feedback_received_at: number | null;
  feedback_declined_at: number | null;
  feedback_decline_reason: string | null;
  feedback_id: string | null;
}
interface InterviewRow {
  application_id: string;
  id: string;
  stage: string;
  scheduled_for: number | null;
  occurred_at: number | null;
  self_rating: number | null;
  notes: string | null;
}
const applicationColumns = [
  'id', 'candidate_id', 'agency_id', 'company', 'role', 'status', 'feedback_status', 'applied_at', 'first_interview_at',
  'interview_count', 'rejected_at', 'rejection_reason', 'offer_at', 'withdrawn_at', 'feedback_requested_at',
  'feedback_received_at', 'feedback_declined_at', 'feedback_decline_reason', 'feedback_id',
] as const;

const statements = statementsFor((db: ReadModelDb) => ({
  insertApplication: db.prepare(
    `INSERT INTO ${t.applications} (${applicationColumns.join(', ')})
     VALUES (${applicationColumns.map((c) => `@${c}`).join(', ')})`,
  ),
  insertInterview: db.prepare(
    `INSERT INTO ${t.interviews} (application_id, id, stage, scheduled_for, occurred_at, self_rating, notes)
     VALUES (@application_id, @id, @stage, @scheduled_for, @occurred_at, @self_rating, @notes)`,
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
  /** Rows created in this batch, kept in memory until `flush` writes each once. */
  pending: { applications: new Map<string, ApplicationRow>(), interviews: new Map<string, InterviewRow>() },
}));

/**
 * Applications with their status, feedback status and timestamps; their interviews; the feedback
 * each received with its points. The feedback queue and the agency analytics read these tables.
 * Rows created in a batch are kept in memory and written once, at its end.
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
    `);
  },
  apply(db, event) {
    const s = statements(db);
    const e = asPivotal(event);
    const { applications, interviews } = s.pending;
    switch (e.type) {
      case 'JobApplied': {
        const d = e.data;
        if (applications.has(d.applicationId)) throw new Error(`application ${d.applicationId} applied twice`);
        applications.set(d.applicationId, {
          id: d.applicationId,
          candidate_id: d.candidateId,
          agency_id: d.agencyId,
          company: d.company,
          role: d.role,
          status: 'APPLIED',
          feedback_status: 'NONE',
          applied_at: toMs(d.appliedAt),
          first_interview_at: null,
          interview_count: 0,
          rejected_at: null,
          rejection_reason: null,
          offer_at: null,
          withdrawn_at: null,
          feedback_requested_at: null,
          feedback_received_at: null,
          feedback_declined_at: null,
          feedback_decline_reason: null,
          feedback_id: null,
        });
        return;
      }
      case 'InterviewScheduled': {
        const d = e.data;
        const key = `${d.applicationId}\n${d.interviewId}`;
        const pending = interviews.get(key);
        if (pending) Object.assign(pending, { stage: d.stage, scheduled_for: toMs(d.scheduledFor) });
        else if (applications.has(d.applicationId)) {
          interviews.set(key, {
            application_id: d.applicationId,
            id: d.interviewId,
            stage: d.stage,
            scheduled_for: toMs(d.scheduledFor),
            occurred_at: null,
            self_rating: null,
            notes: null,
          });
        } else s.scheduled.run(d.applicationId, d.interviewId, d.stage, toMs(d.scheduledFor));
        return;
      }
      case 'Interviewed': {
        const d = e.data;
        const at = toMs(d.occurredAt);
        const key = `${d.applicationId}\n${d.interviewId}`;
        const held = { stage: d.stage, occurred_at: at, self_rating: d.selfRating, notes: d.notes };
        const pending = interviews.get(key);
        if (pending) Object.assign(pending, held);
        else if (applications.has(d.applicationId)) {
          interviews.set(key, { application_id: d.applicationId, id: d.interviewId, scheduled_for: null, ...held });
        } else s.interviewed.run(d.applicationId, d.interviewId, d.stage, at, d.selfRating, d.notes);
        const application = applications.get(d.applicationId);
        if (application) {
          application.interview_count += 1;
          application.first_interview_at = Math.min(application.first_interview_at ?? at, at);
          if (application.status === 'APPLIED') application.status = 'INTERVIEWING';
        } else s.markInterviewed.run(at, at, d.applicationId);
        return;
      }
      case 'ApplicationRejected': {
        const d = e.data;
        const application = applications.get(d.applicationId);
        if (application) {
          Object.assign(application, { status: 'REJECTED', rejected_at: toMs(d.rejectedAt), rejection_reason: d.reason });
        } else s.rejected.run(toMs(d.rejectedAt), d.reason, d.applicationId);
        return;
      }
      case 'OfferReceived': {
        const application = applications.get(e.data.applicationId);
        if (application) Object.assign(application, { status: 'OFFER', offer_at: toMs(e.data.receivedAt) });
        else s.offered.run(toMs(e.data.receivedAt), e.data.applicationId);
        return;
      }
      case 'ApplicationWithdrawn': {
        const application = applications.get(e.data.applicationId);
        if (application) Object.assign(application, { status: 'WITHDRAWN', withdrawn_at: toMs(e.data.withdrawnAt) });
        else s.withdrawn.run(toMs(e.data.withdrawnAt), e.data.applicationId);
        return;
      }
      case 'FeedbackRequested': {
        const d = e.data;
        const application = applications.get(d.applicationId);
        if (application) {
          application.feedback_status = 'REQUESTED';
          application.feedback_requested_at = toMs(d.requestedAt);
          application.agency_id ??= d.agencyId;
        } else s.feedbackRequested.run(toMs(d.requestedAt), d.agencyId, d.applicationId);
        return;
      }
      case 'FeedbackReceived': {
        const d = e.data;
        const at = toMs(d.receivedAt);
        const application = applications.get(d.applicationId);
        if (application) {
          Object.assign(application, { feedback_status: 'RECEIVED', feedback_received_at: at, feedback_id: d.feedbackId });
        } else s.feedbackReceived.run(at, d.feedbackId, d.applicationId);
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
      case 'FeedbackDeclined': {
        const d = e.data;
        const application = applications.get(d.applicationId);
        if (application) {
          Object.assign(application, {
            feedback_status: 'DECLINED',
            feedback_declined_at: toMs(d.declinedAt),
            feedback_decline_reason: d.reason,
          });
        } else s.feedbackDeclined.run(toMs(d.declinedAt), d.reason, d.applicationId);
        return;
      }
      default:
        return;
    }
  },
  flush(db) {
    const s = statements(db);
    for (const row of s.pending.applications.values()) s.insertApplication.run(row);
    for (const row of s.pending.interviews.values()) s.insertInterview.run(row);
    this.discard?.(db);
  },
  discard(db) {
    const { pending } = statements(db);
    pending.applications.clear();
    pending.interviews.clear();
  },
};
