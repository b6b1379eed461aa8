import { ERASED, type ApplicationStatus, type FeedbackPoint, type FeedbackStatus, type Recommendation } from '@pivotal/domain';
import { asPivotal, statementsFor, versioned, type Projection, type ReadModelDb } from '../projection';
import { toMs } from '../time';

const VERSION = 2;
const t = { applications: versioned('applications', VERSION) };

/** One interview as the application row keeps it (JSON array in `interviews`). */
export interface StoredInterview {
  id: string;
  stage: string;
  scheduledFor: number | null;
  occurredAt: number | null;
  selfRating: number | null;
  notes: string | null;
}

/** The feedback as the application row keeps it (JSON in `feedback`). */
export interface StoredFeedback {
  recordedBy: string;
  summary: string;
  recommendation: Recommendation | null;
  points: FeedbackPoint[];
}

/** An application row's columns as the table holds them, less the feedback and interviews JSON; the queries read it too. */
export interface StoredApplication {
  id: string;
  candidate_id: string;
  agency_id: string | null;
  company: string;
  role: string;
  status: ApplicationStatus;
  feedback_status: FeedbackStatus;
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
/** An application row as the table holds it, `interviews` parsed. */
interface ApplicationRow extends StoredApplication {
  feedback: string | null;
  interviews: StoredInterview[];
}
/** The columns of `StoredApplication`: what a list of applications reads, without the JSON it does not need. */
export const STORED_APPLICATION_COLUMNS = [
  'id', 'candidate_id', 'agency_id', 'company', 'role', 'status', 'feedback_status', 'applied_at', 'first_interview_at',
  'interview_count', 'rejected_at', 'rejection_reason', 'offer_at', 'withdrawn_at', 'feedback_requested_at',
  'feedback_received_at', 'feedback_declined_at', 'feedback_decline_reason', 'feedback_id',
] as const satisfies readonly (keyof StoredApplication)[];
const columns = [...STORED_APPLICATION_COLUMNS, 'feedback', 'interviews'] as const;

const statements = statementsFor((db: ReadModelDb) => ({
  insert: db.prepare(`INSERT INTO ${t.applications} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`),
  select: db.prepare(`SELECT * FROM ${t.applications} WHERE id = ?`),
  update: db.prepare(
    `UPDATE ${t.applications} SET ${columns.slice(1).map((c) => `${c} = ?`).join(', ')} WHERE id = ?`,
  ),
  idsOfCandidate: db.prepare(`SELECT id FROM ${t.applications} WHERE candidate_id = ?`).pluck(),
  /** Rows touched in this batch, written once by `flush`: 'insert' when created in it, 'update' otherwise. */
  pending: new Map<string, { row: ApplicationRow; write: 'insert' | 'update' }>(),
}));
type Statements = ReturnType<typeof statements>;

const valuesOf = (row: ApplicationRow): unknown[] =>
  columns.map((c) => (c === 'interviews' ? JSON.stringify(row.interviews) : row[c]));

/** The application's row for this batch: from memory, else read once from the table. */
const rowOf = (s: Statements, applicationId: string): ApplicationRow => {
  const pending = s.pending.get(applicationId);
  if (pending) return pending.row;
  const stored = s.select.get(applicationId) as (Omit<ApplicationRow, 'interviews'> & { interviews: string }) | undefined;
  if (!stored) throw new Error(`an event for unknown application ${applicationId}`);
  const row = { ...stored, interviews: JSON.parse(stored.interviews) as StoredInterview[] };
  s.pending.set(applicationId, { row, write: 'update' });
  return row;
};

const interviewOf = (row: ApplicationRow, id: string, stage: string): StoredInterview => {
  let interview = row.interviews.find((i) => i.id === id);
  if (!interview) {
    interview = { id, stage, scheduledFor: null, occurredAt: null, selfRating: null, notes: null };
    row.interviews.push(interview);
  }
  return interview;
};

const erasedOrNull = (text: string | null): string | null => (text === null ? null : ERASED);

/**
 * Blanks what the candidate and staff wrote in an application (company, role, stages, notes,
 * reasons, the feedback's summary and notes), keeping what the analytics count: statuses,
 * instants, interview counts, the feedback's recommendation and each point's theme and polarity.
 */
const eraseRow = (row: ApplicationRow): void => {
  row.company = ERASED;
  row.role = ERASED;
  row.rejection_reason = erasedOrNull(row.rejection_reason);
  row.feedback_decline_reason = erasedOrNull(row.feedback_decline_reason);
  row.interviews = row.interviews.map((interview) => ({ ...interview, stage: ERASED, notes: erasedOrNull(interview.notes) }));
  if (row.feedback !== null) {
    const feedback = JSON.parse(row.feedback) as StoredFeedback;
    row.feedback = JSON.stringify({
      ...feedback,
      summary: ERASED,
      points: feedback.points.map((point) => ({ ...point, note: ERASED })),
    } satisfies StoredFeedback);
  }
};

/**
 * Applications with their status, feedback status, timestamps, interviews and the feedback they
 * received (interviews and feedback are few per application: they live in its row, so a batch
 * writes one row per application it touches, once, at its end). The feedback queue, candidate
 * stats and the agency analytics read this table.
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
    'CandidateErased',
  ],
  tables: { applications: t.applications },
  init(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS ${t.applications} (
        id TEXT PRIMARY KEY,
        candidate_id TEXT NOT NULL,
        agency_id TEXT,
        company TEXT NOT NULL,
        role TEXT NOT NULL,
        status TEXT NOT NULL,
        feedback_status TEXT NOT NULL,
        applied_at INTEGER NOT NULL,
        first_interview_at INTEGER,
        interview_count INTEGER NOT NULL,
        rejected_at INTEGER,
        rejection_reason TEXT,
        offer_at INTEGER,
        withdrawn_at INTEGER,
        feedback_requested_at INTEGER,
        feedback_received_at INTEGER,
        feedback_declined_at INTEGER,
        feedback_decline_reason TEXT,
        feedback_id TEXT,
        feedback TEXT,
        interviews TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS ${t.applications}_by_candidate ON ${t.applications} (candidate_id, applied_at, id);
      CREATE INDEX IF NOT EXISTS ${t.applications}_by_agency ON ${t.applications} (agency_id, applied_at);
      CREATE INDEX IF NOT EXISTS ${t.applications}_by_feedback ON ${t.applications} (feedback_id) WHERE feedback_id IS NOT NULL;
      CREATE INDEX IF NOT EXISTS ${t.applications}_feedback_queue ON ${t.applications} (agency_id, feedback_requested_at, id)
        WHERE feedback_status = 'REQUESTED';
    `);
  },
  apply(db, event) {
    const s = statements(db);
    const e = asPivotal(event);
    switch (e.type) {
      case 'JobApplied': {
        const d = e.data;
        if (s.pending.has(d.applicationId)) throw new Error(`application ${d.applicationId} applied twice`);
        s.pending.set(d.applicationId, {
          write: 'insert',
          row: {
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
            feedback: null,
            interviews: [],
          },
        });
        return;
      }
      case 'InterviewScheduled': {
        const d = e.data;
        const interview = interviewOf(rowOf(s, d.applicationId), d.interviewId, d.stage);
        interview.stage = d.stage;
        interview.scheduledFor = toMs(d.scheduledFor);
        return;
      }
      case 'Interviewed': {
        const d = e.data;
        const at = toMs(d.occurredAt);
        const row = rowOf(s, d.applicationId);
        Object.assign(interviewOf(row, d.interviewId, d.stage), {
          stage: d.stage,
          occurredAt: at,
          selfRating: d.selfRating,
          notes: d.notes,
        });
        row.interview_count += 1;
        row.first_interview_at = Math.min(row.first_interview_at ?? at, at);
        if (row.status === 'APPLIED') row.status = 'INTERVIEWING';
        return;
      }
      case 'ApplicationRejected':
        Object.assign(rowOf(s, e.data.applicationId), {
          status: 'REJECTED',
          rejected_at: toMs(e.data.rejectedAt),
          rejection_reason: e.data.reason,
        });
        return;
      case 'OfferReceived':
        Object.assign(rowOf(s, e.data.applicationId), { status: 'OFFER', offer_at: toMs(e.data.receivedAt) });
        return;
      case 'ApplicationWithdrawn':
        Object.assign(rowOf(s, e.data.applicationId), { status: 'WITHDRAWN', withdrawn_at: toMs(e.data.withdrawnAt) });
        return;
      case 'FeedbackRequested': {
        const row = rowOf(s, e.data.applicationId);
        row.feedback_status = 'REQUESTED';
        row.feedback_requested_at = toMs(e.data.requestedAt);
        row.agency_id ??= e.data.agencyId;
        return;
      }
      case 'FeedbackReceived': {
        const d = e.data;
        const feedback: StoredFeedback = {
          recordedBy: d.recordedBy,
          summary: d.summary,
          recommendation: d.recommendation,
          points: d.points,
        };
        Object.assign(rowOf(s, d.applicationId), {
          feedback_status: 'RECEIVED',
          feedback_received_at: toMs(d.receivedAt),
          feedback_id: d.feedbackId,
          feedback: JSON.stringify(feedback),
        });
        return;
      }
      case 'FeedbackDeclined':
        Object.assign(rowOf(s, e.data.applicationId), {
          feedback_status: 'DECLINED',
          feedback_declined_at: toMs(e.data.declinedAt),
          feedback_decline_reason: e.data.reason,
        });
        return;
      case 'CandidateErased': {
        const { candidateId } = e.data;
        for (const id of s.idsOfCandidate.all(candidateId) as string[]) rowOf(s, id);
        for (const { row } of s.pending.values()) if (row.candidate_id === candidateId) eraseRow(row);
        return;
      }
      default:
        return;
    }
  },
  flush(db) {
    const s = statements(db);
    for (const { row, write } of s.pending.values()) {
      const values = valuesOf(row);
      if (write === 'insert') s.insert.run(values);
      else s.update.run([...values.slice(1), row.id]);
    }
    s.pending.clear();
  },
  discard(db) {
    statements(db).pending.clear();
  },
};
