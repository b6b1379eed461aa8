import { asPivotal, statementsFor, versioned, type Projection, type ReadModelDb } from '../projection';

const VERSION = 1;
const t = { applicationDetails: versioned('application_details', VERSION) };

const statements = statementsFor((db: ReadModelDb) => ({
  insert: db.prepare(
    `INSERT INTO ${t.applicationDetails} (id, candidate_id, job_url, location, notes) VALUES (?, ?, ?, ?, ?)`,
  ),
  // Nothing here is counted by the analytics: an erased candidate's rows go whole.
  erase: db.prepare(`DELETE FROM ${t.applicationDetails} WHERE candidate_id = ?`),
}));

/**
 * The optional details a candidate gives when applying (the job ad's URL, the location, notes):
 * a table of their own beside `applications`, one row per application that has any, so that the
 * lists and analytics that read `applications` stay as narrow as they were.
 */
export const applicationDetailsProjection: Projection = {
  name: 'application-details',
  version: VERSION,
  handles: ['JobApplied', 'CandidateErased'],
  tables: { application_details: t.applicationDetails },
  init(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS ${t.applicationDetails} (
        id TEXT PRIMARY KEY,
        candidate_id TEXT NOT NULL,
        job_url TEXT,
        location TEXT,
        notes TEXT
      );
      CREATE INDEX IF NOT EXISTS ${t.applicationDetails}_by_candidate ON ${t.applicationDetails} (candidate_id);
    `);
  },
  apply(db, event) {
    const e = asPivotal(event);
    if (e.type === 'CandidateErased') {
      statements(db).erase.run(e.data.candidateId);
      return;
    }
    if (e.type !== 'JobApplied') return;
    const { applicationId, candidateId, jobUrl, location, notes } = e.data;
    if (jobUrl === undefined && location === undefined && notes === undefined) return;
    statements(db).insert.run(applicationId, candidateId, jobUrl ?? null, location ?? null, notes ?? null);
  },
};
