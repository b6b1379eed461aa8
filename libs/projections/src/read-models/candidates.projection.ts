import type { PivotalEventType } from '@pivotal/domain';
import { asPivotal, statementsFor, versioned, type Projection, type ReadModelDb } from '../projection';
import { isoWeekIndex, toMs } from '../time';

const VERSION = 1;
const t = {
  candidates: versioned('candidates', VERSION),
  candidateWeeks: versioned('candidate_weeks', VERSION),
  candidateApplications: versioned('candidate_applications', VERSION),
};

/** What a batch changes in one candidate's stats, written with one UPDATE at the end of the batch. */
interface StatsDelta {
  applied: number;
  interviewed: number;
  rejected: number;
  offers: number;
  withdrawn: number;
  feedbackRequested: number;
  feedbackReceived: number;
  goalsSet: number;
  goalsCompleted: number;
  lastActiveAt: number | null;
  weeks: Set<number>;
}
type Counter = Exclude<keyof StatsDelta, 'lastActiveAt' | 'weeks'>;

/** Which candidate an application belongs to, and whether it was interviewed (read through this batch). */
interface Owner {
  candidateId: string;
  interviewed: boolean;
  /** 'new' = created in this batch, 'interviewed' = its flag flipped in this batch. */
  write: 'new' | 'interviewed' | null;
}

const state = statementsFor((db: ReadModelDb) => ({
  register: db.prepare(
    `INSERT INTO ${t.candidates} (id, agency_id, name, name_key, email, registered_at) VALUES (?, ?, ?, ?, ?, ?)`,
  ),
  insertOwner: db.prepare(
    `INSERT INTO ${t.candidateApplications} (application_id, candidate_id, interviewed) VALUES (?, ?, ?)`,
  ),
  selectOwner: db
    .prepare(`SELECT candidate_id, interviewed FROM ${t.candidateApplications} WHERE application_id = ?`)
    .raw(),
  markInterviewed: db.prepare(`UPDATE ${t.candidateApplications} SET interviewed = 1 WHERE application_id = ?`),
  week: db.prepare(`INSERT OR IGNORE INTO ${t.candidateWeeks} (candidate_id, week) VALUES (?, ?)`),
  stats: db.prepare(
    `UPDATE ${t.candidates} SET applied = applied + ?, interviewed = interviewed + ?, rejected = rejected + ?,
       offers = offers + ?, withdrawn = withdrawn + ?, feedback_requested = feedback_requested + ?,
       feedback_received = feedback_received + ?, goals_set = goals_set + ?, goals_completed = goals_completed + ?,
       last_active_at = CASE WHEN ? IS NULL THEN last_active_at ELSE max(coalesce(last_active_at, ?), ?) END
     WHERE id = ?`,
  ),
  pending: { stats: new Map<string, StatsDelta>(), owners: new Map<string, Owner>() },
}));

type State = ReturnType<typeof state>;

const deltaOf = (s: State, candidateId: string): StatsDelta => {
  let delta = s.pending.stats.get(candidateId);
  if (!delta) {
    delta = {
      applied: 0,
      interviewed: 0,
      rejected: 0,
      offers: 0,
      withdrawn: 0,
      feedbackRequested: 0,
      feedbackReceived: 0,
      goalsSet: 0,
      goalsCompleted: 0,
      lastActiveAt: null,
      weeks: new Set(),
    };
    s.pending.stats.set(candidateId, delta);
  }
  return delta;
};

/** The candidate did something at `at` (their own activity), counted in `counter` if given. */
const activity = (s: State, candidateId: string, at: string, counter?: Counter): void => {
  const ms = toMs(at);
  const delta = deltaOf(s, candidateId);
  if (counter) delta[counter] += 1;
  delta.lastActiveAt = delta.lastActiveAt === null ? ms : Math.max(delta.lastActiveAt, ms);
  delta.weeks.add(isoWeekIndex(ms));
};

/** The application's owner, read through this batch's cache. */
const ownerOf = (s: State, applicationId: string): Owner => {
  let owner = s.pending.owners.get(applicationId);
  if (!owner) {
    const row = s.selectOwner.get(applicationId) as [string, number] | undefined;
    if (!row) throw new Error(`an event for unknown application ${applicationId}`);
    owner = { candidateId: row[0], interviewed: row[1] === 1, write: null };
    s.pending.owners.set(applicationId, owner);
  }
  return owner;
};

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
 * which queries compute the streak for any `now`. Stats changes are summed over a batch and
 * written once per candidate at its end.
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
    const s = state(db);
    const e = asPivotal(event);
    switch (e.type) {
      case 'CandidateRegistered': {
        const d = e.data;
        s.register.run(d.candidateId, d.agencyId, d.name, d.name.toLowerCase(), d.email, toMs(d.registeredAt));
        return;
      }
      case 'JobApplied':
        if (s.pending.owners.has(e.data.applicationId)) throw new Error(`application ${e.data.applicationId} applied twice`);
        s.pending.owners.set(e.data.applicationId, { candidateId: e.data.candidateId, interviewed: false, write: 'new' });
        return activity(s, e.data.candidateId, e.data.appliedAt, 'applied');
      case 'InterviewScheduled':
        return activity(s, ownerOf(s, e.data.applicationId).candidateId, e.data.scheduledFor);
      case 'Interviewed': {
        const owner = ownerOf(s, e.data.applicationId);
        if (owner.interviewed) return activity(s, owner.candidateId, e.data.occurredAt);
        owner.interviewed = true;
        owner.write ??= 'interviewed';
        return activity(s, owner.candidateId, e.data.occurredAt, 'interviewed');
      }
      case 'ApplicationRejected':
        deltaOf(s, ownerOf(s, e.data.applicationId).candidateId).rejected += 1;
        return;
      case 'OfferReceived':
        deltaOf(s, ownerOf(s, e.data.applicationId).candidateId).offers += 1;
        return;
      case 'ApplicationWithdrawn':
        return activity(s, ownerOf(s, e.data.applicationId).candidateId, e.data.withdrawnAt, 'withdrawn');
      case 'FeedbackRequested':
        return activity(s, e.data.candidateId, e.data.requestedAt, 'feedbackRequested');
      case 'FeedbackReceived':
        deltaOf(s, e.data.candidateId).feedbackReceived += 1;
        return;
      case 'GoalSet':
        return activity(s, e.data.candidateId, e.data.setAt, 'goalsSet');
      case 'GoalCompleted':
        return activity(s, e.data.candidateId, e.data.completedAt, 'goalsCompleted');
      case 'GoalAbandoned':
        return activity(s, e.data.candidateId, e.data.abandonedAt);
      default:
        return;
    }
  },
  flush(db) {
    const s = state(db);
    for (const [applicationId, owner] of s.pending.owners) {
      if (owner.write === 'new') s.insertOwner.run(applicationId, owner.candidateId, owner.interviewed ? 1 : 0);
      else if (owner.write === 'interviewed') s.markInterviewed.run(applicationId);
    }
    for (const [candidateId, d] of s.pending.stats) {
      const at = d.lastActiveAt;
      s.stats.run(
        d.applied, d.interviewed, d.rejected, d.offers, d.withdrawn, d.feedbackRequested, d.feedbackReceived,
        d.goalsSet, d.goalsCompleted, at, at, at, candidateId,
      );
      for (const week of d.weeks) s.week.run(candidateId, week);
    }
    this.discard?.(db);
  },
  discard(db) {
    const { pending } = state(db);
    pending.stats.clear();
    pending.owners.clear();
  },
};
