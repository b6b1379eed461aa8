import { ERASED } from '@pivotal/domain';
import { asPivotal, statementsFor, versioned, type Projection, type ReadModelDb } from '../projection';
import { toMs } from '../time';

const VERSION = 1;
const t = {
  follow_ups: versioned('follow_ups', VERSION),
  reflections: versioned('reflections', VERSION),
  calendar_feeds: versioned('calendar_feeds', VERSION),
};

const statements = statementsFor((db: ReadModelDb) => ({
  reflect: db.prepare(
    `INSERT INTO ${t.reflections} (application_id, candidate_id, feedback_id, text, written_at) VALUES (?, ?, ?, ?, ?)`,
  ),
  setFollowUp: db.prepare(
    `INSERT INTO ${t.follow_ups} (application_id, candidate_id, follow_up_at, note, set_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (application_id) DO UPDATE SET follow_up_at = excluded.follow_up_at, note = excluded.note, set_at = excluded.set_at`,
  ),
  dropFollowUp: db.prepare(`DELETE FROM ${t.follow_ups} WHERE application_id = ?`),
  eraseReflections: db.prepare(`UPDATE ${t.reflections} SET text = ? WHERE candidate_id = ?`),
  dropFollowUps: db.prepare(`DELETE FROM ${t.follow_ups} WHERE candidate_id = ?`),
  revokeFeed: db.prepare(
    `INSERT INTO ${t.calendar_feeds} (candidate_id, version) VALUES (?, NULL)
     ON CONFLICT (candidate_id) DO UPDATE SET version = NULL`,
  ),
  feedVersion: db.prepare(
    `INSERT INTO ${t.calendar_feeds} (candidate_id, version) VALUES (?, ?)
     ON CONFLICT (candidate_id) DO UPDATE SET version = excluded.version`,
  ),
}));

/**
 * The candidate's own tracking: the reflection written before each feedback, the follow-up of each
 * application (only while set: clearing or completing removes it), and the version of each
 * candidate's calendar feed URL. Interviews stay in `applications`; reminders join the two.
 */
export const trackerProjection: Projection = {
  name: 'tracker',
  version: VERSION,
  handles: ['ReflectionWritten', 'FollowUpSet', 'FollowUpCleared', 'FollowUpCompleted', 'CalendarFeedReset', 'CandidateErased'],
  tables: t,
  init(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS ${t.reflections} (
        application_id TEXT PRIMARY KEY,
        candidate_id TEXT NOT NULL,
        feedback_id TEXT NOT NULL,
        text TEXT NOT NULL,
        written_at INTEGER NOT NULL
      );
      CREATE TABLE IF NOT EXISTS ${t.follow_ups} (
        application_id TEXT PRIMARY KEY,
        candidate_id TEXT NOT NULL,
        follow_up_at INTEGER NOT NULL,
        note TEXT,
        set_at INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS ${t.follow_ups}_by_candidate ON ${t.follow_ups} (candidate_id, follow_up_at);
      CREATE TABLE IF NOT EXISTS ${t.calendar_feeds} (candidate_id TEXT PRIMARY KEY, version INTEGER);
    `);
  },
  apply(db, event) {
    const s = statements(db);
    const e = asPivotal(event);
    switch (e.type) {
      case 'ReflectionWritten': {
        const d = e.data;
        s.reflect.run(d.applicationId, d.candidateId, d.feedbackId, d.text, toMs(d.writtenAt));
        return;
      }
      case 'FollowUpSet': {
        const d = e.data;
        s.setFollowUp.run(d.applicationId, d.candidateId, toMs(d.followUpAt), d.note, toMs(d.setAt));
        return;
      }
      case 'FollowUpCleared':
      case 'FollowUpCompleted':
        s.dropFollowUp.run(e.data.applicationId);
        return;
      case 'CalendarFeedReset':
        s.feedVersion.run(e.data.candidateId, e.data.version);
        return;
      case 'CandidateErased':
        forgetCandidateTracking(db, e.data.candidateId);
        return;
      default:
        return;
    }
  },
};

/**
 * What an erased candidate leaves in the tracker: their reflections' words read as erased (the
 * count stays for the analytics), their follow-ups go, and their calendar feed is revoked for good
 * (a null version matches no token). `CandidateErased` calls it, in the batch.
 */
export const forgetCandidateTracking = (db: ReadModelDb, candidateId: string): void => {
  const s = statements(db);
  s.eraseReflections.run(ERASED, candidateId);
  s.dropFollowUps.run(candidateId);
  s.revokeFeed.run(candidateId);
};
