import { asPivotal, statementsFor, type Projection } from '../projection';

/**
 * One row per applied event, keyed by position: applying an event twice breaks the primary key
 * (the projection stops), missing one leaves a gap. The runner's exactly-once guard in a table.
 */
export const ledgerProjection: Projection = {
  name: 'ledger',
  version: 1,
  handles: ['CandidateRegistered', 'JobApplied'],
  tables: { ledger: 'ledger_v1' },
  init: (db) => db.exec('CREATE TABLE IF NOT EXISTS ledger_v1 (position TEXT PRIMARY KEY, type TEXT NOT NULL)'),
  apply: (db, event) => {
    db.prepare('INSERT INTO ledger_v1 (position, type) VALUES (?, ?)').run(String(event.position), event.type);
  },
};

/** Counts candidates, and throws on the one named `poison`. */
export const fragileProjection = (poison: string): Projection => {
  const statements = statementsFor((db) => ({
    insert: db.prepare('INSERT INTO fragile_v1 (candidate_id) VALUES (?)'),
  }));
  return {
    name: 'fragile',
    version: 1,
    handles: ['CandidateRegistered'],
    tables: { fragile: 'fragile_v1' },
    init: (db) => db.exec('CREATE TABLE IF NOT EXISTS fragile_v1 (candidate_id TEXT PRIMARY KEY)'),
    apply: (db, event) => {
      const e = asPivotal(event);
      if (e.type !== 'CandidateRegistered') return;
      if (e.data.candidateId === poison) throw new Error(`cannot digest ${poison}`);
      statements(db).insert.run(e.data.candidateId);
    },
  };
};

/** A tally of registrations; version 2 counts each one `weight` times, standing in for a changed rule. */
export const tallyProjection = (version: number, weight: number): Projection => ({
  name: 'tally',
  version,
  handles: ['CandidateRegistered'],
  tables: { tally: `tally_v${version}` },
  init: (db) =>
    db.exec(`CREATE TABLE IF NOT EXISTS tally_v${version} (id INTEGER PRIMARY KEY CHECK (id = 1), count INTEGER NOT NULL);
      INSERT OR IGNORE INTO tally_v${version} (id, count) VALUES (1, 0);`),
  apply: (db) => {
    db.prepare(`UPDATE tally_v${version} SET count = count + ?`).run(weight);
  },
});
