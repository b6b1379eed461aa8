import { ERASED } from '@pivotal/domain';
import { asPivotal, statementsFor, versioned, type Projection, type ReadModelDb } from '../projection';
import { toMs } from '../time';

const VERSION = 2;
const t = { candidates: versioned('candidates', VERSION) };

const statements = statementsFor((db: ReadModelDb) => ({
  register: db.prepare(
    `INSERT INTO ${t.candidates} (id, agency_id, name, name_key, email, registered_at) VALUES (?, ?, ?, ?, ?, ?)`,
  ),
  erase: db.prepare(`UPDATE ${t.candidates} SET name = ?, name_key = ?, email = ? WHERE id = ?`),
}));

/** What staff see in place of an erased candidate's name. */
export const ERASED_CANDIDATE_NAME = 'erased candidate';

/**
 * Candidate profiles, searchable by name and email within their agency. Their stats and streak
 * are aggregates the candidate queries compute over the applications and goals read models
 * (indexed by candidate), so they can never drift from them.
 */
export const candidatesProjection: Projection = {
  name: 'candidates',
  version: VERSION,
  handles: ['CandidateRegistered', 'CandidateErased'],
  tables: { candidates: t.candidates },
  init(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS ${t.candidates} (
        id TEXT PRIMARY KEY,
        agency_id TEXT,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        email TEXT NOT NULL,
        registered_at INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS ${t.candidates}_by_agency_name ON ${t.candidates} (agency_id, name_key, id);
    `);
  },
  apply(db, event) {
    const e = asPivotal(event);
    if (e.type === 'CandidateErased') {
      // The row stays, nameless, so that the agency's counts keep the candidate.
      statements(db).erase.run(ERASED_CANDIDATE_NAME, ERASED_CANDIDATE_NAME, ERASED, e.data.candidateId);
      return;
    }
    if (e.type !== 'CandidateRegistered') return;
    const d = e.data;
    statements(db).register.run(d.candidateId, d.agencyId, d.name, d.name.toLowerCase(), d.email, toMs(d.registeredAt));
  },
};
