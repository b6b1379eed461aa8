import { asPivotal, statementsFor, versioned, type Projection, type ReadModelDb } from '../projection';
import { toMs } from '../time';

const VERSION = 1;
const t = { erasures: versioned('erasures', VERSION) };

const statements = statementsFor((db: ReadModelDb) => ({
  erased: db.prepare(
    `INSERT INTO ${t.erasures} (candidate_id, account_id, erased_by, erased_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  ),
}));

/**
 * Who was erased, by whom and when (ids and an instant only): the api refuses their tokens and
 * sign-ins, and shows the candidate as erased. The reason stays in the event, for audits.
 */
export const erasuresProjection: Projection = {
  name: 'erasures',
  version: VERSION,
  handles: ['CandidateErased'],
  tables: { erasures: t.erasures },
  init(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS ${t.erasures} (
        candidate_id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL,
        erased_by TEXT NOT NULL,
        erased_at INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS ${t.erasures}_by_account ON ${t.erasures} (account_id);
    `);
  },
  apply(db, event) {
    const e = asPivotal(event);
    if (e.type !== 'CandidateErased') return;
    const d = e.data;
    statements(db).erased.run(d.candidateId, d.accountId, d.erasedBy, toMs(d.erasedAt));
  },
};
