import type Database from 'better-sqlite3';
import type { PivotalEventType } from '@pivotal/domain';
import { asPivotal, statementsFor, versioned, type Projection, type ReadModelDb } from '../projection';
import { isoWeekIndex, toMs } from '../time';

const VERSION = 1;
const t = {
  candidates: versioned('candidates', VERSION),
  candidateWeeks: versioned('candidate_weeks', VERSION),
  candidateApplications: versioned('candidate_applications', VERSION),
};

/** Binds (at, at, at): the instant of the candidate's own activity, or null when the event is not theirs. */
const lastActive = 'CASE WHEN ? IS NULL THEN last_active_at ELSE max(coalesce(last_active_at, ?), ?) END';

const statements = statementsFor((db: ReadModelDb) => ({
  register: db.prepare(
    `INSERT INTO ${t.candidates} (id, agency_id, name, name_key, email, registered_at) VALUES (?, ?, ?, ?, ?, ?)`,
  ),
  ownApplication: db.prepare(`INSERT INTO ${t.candidateApplications} (application_id, candidate_id) VALUES (?, ?)`),
  ownerOf: db
    .prepare(`SELECT candidate_id, interviewed FROM ${t.candidateApplications} WHERE application_id = ?`)
    .raw(),
  markInterviewed: db.prepare(`UPDATE ${t.candidateApplications} SET interviewed = 1 WHERE application_id = ?`),
  active: db.prepare(`INSERT OR IGNORE INTO ${t.candidateWeeks} (candidate_id, week) VALUES (?, ?)`),
  count: Object.fromEntries(
    [
      'applied',
      'interviewed',
      'rejected',
      'offers',
      'withdrawn',
      'feedback_requested',
      'feedback_received',
      'goals_set',
      'goals_completed',
    ].map((column) => [
      column,
      db.prepare(
        `UPDATE ${t.candidates} SET ${column} = ${column} + 1, last_active_at = ${lastActive} WHERE id = ?`,
      ),
    ]),
  ) as Record<string, Database.Statement<unknown[]>>,
  touch: db.prepare(
    `UPDATE ${t.candidates} SET last_active_at = ${lastActive} WHERE id = ?`,
  ),
}));

const handles: PivotalEventType[] = [
  'CandidateRegistered',
  'JobApplied',
  'InterviewScheduled',
  'Interviewed',
  'ApplicationRejected',
  'OfferReceived',
  'ApplicationWithdrawn',
  'FeedbackRequested',
  'FeedbackReceived',
  'GoalSet',
  'GoalCompleted',
  'GoalAbandoned',
];

/**
 * Candidate profiles and their running stats, plus the ISO weeks in which each candidate did
 * something themselves (applied, interviewed, withdrew, asked for feedback, worked on a goal), from
 * which queries compute the streak for any `now`.
 */
export const candidatesProjection: Projection = {
  name: 'candidates',
  version: VERSION,
  handles,
  tables: { candidates: t.candidates, candidate_weeks: t.candidateWeeks, candidate_applications: t.candidateApplications },
  init(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS ${t.candidates} (
        id TEXT PRIMARY KEY,
        agency_id TEXT,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        email TEXT NOT NULL,
        registered_at INTEGER NOT NULL,
        applied INTEGER NOT NULL DEFAULT 0,
        interviewed INTEGER NOT NULL DEFAULT 0,
        rejected INTEGER NOT NULL DEFAULT 0,
        offers INTEGER NOT NULL DEFAULT 0,
        withdrawn INTEGER NOT NULL DEFAULT 0,
        feedback_requested INTEGER NOT NULL DEFAULT 0,
        feedback_received INTEGER NOT NULL DEFAULT 0,
        goals_set INTEGER NOT NULL DEFAULT 0,
        goals_completed INTEGER NOT NULL DEFAULT 0,
        last_active_at INTEGER
      );
      CREATE INDEX IF NOT EXISTS ${t.candidates}_by_agency_name ON ${t.candidates} (agency_id, name_key, id);
      CREATE TABLE IF NOT EXISTS ${t.candidateWeeks} (
        candidate_id TEXT NOT NULL,
        week INTEGER NOT NULL,
        PRIMARY KEY (candidate_id, week)
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS ${t.candidateApplications} (
        application_id TEXT PRIMARY KEY,
        candidate_id TEXT NOT NULL,
        interviewed INTEGER NOT NULL DEFAULT 0
      ) WITHOUT ROWID;
    `);
  },
  apply(db, event) {
    const s = statements(db);
    const e = asPivotal(event);
    const activity = (candidateId: string, at: string, counter?: string): void => {
      const ms = toMs(at);
      (counter ? s.count[counter]! : s.touch).run(ms, ms, ms, candidateId);
      s.active.run(candidateId, isoWeekIndex(ms));
    };
    const ownerOf = (applicationId: string): [string, number] => {
      const row = s.ownerOf.get(applicationId) as [string, number] | undefined;
      if (!row) throw new Error(`${e.type} for unknown application ${applicationId}`);
      return row;
    };
    switch (e.type) {
      case 'CandidateRegistered': {
        const d = e.data;
        s.register.run(d.candidateId, d.agencyId, d.name, d.name.toLowerCase(), d.email, toMs(d.registeredAt));
        return;
      }
      case 'JobApplied':
        s.ownApplication.run(e.data.applicationId, e.data.candidateId);
        return activity(e.data.candidateId, e.data.appliedAt, 'applied');
      case 'InterviewScheduled':
        return activity(ownerOf(e.data.applicationId)[0], e.data.scheduledFor);
      case 'Interviewed': {
        const [candidateId, interviewed] = ownerOf(e.data.applicationId);
        if (interviewed) return activity(candidateId, e.data.occurredAt);
        s.markInterviewed.run(e.data.applicationId);
        return activity(candidateId, e.data.occurredAt, 'interviewed');
      }
      case 'ApplicationRejected':
        s.count.rejected!.run(null, null, null, ownerOf(e.data.applicationId)[0]);
        return;
      case 'OfferReceived':
        s.count.offers!.run(null, null, null, ownerOf(e.data.applicationId)[0]);
        return;
      case 'ApplicationWithdrawn':
        return activity(ownerOf(e.data.applicationId)[0], e.data.withdrawnAt, 'withdrawn');
      case 'FeedbackRequested':
        return activity(e.data.candidateId, e.data.requestedAt, 'feedback_requested');
      case 'FeedbackReceived':
        s.count.feedback_received!.run(null, null, null, e.data.candidateId);
        return;
      case 'GoalSet':
        return activity(e.data.candidateId, e.data.setAt, 'goals_set');
      case 'GoalCompleted':
        return activity(e.data.candidateId, e.data.completedAt, 'goals_completed');
      case 'GoalAbandoned':
        return activity(e.data.candidateId, e.data.abandonedAt);
      default:
        return;
    }
  },
};
