import { ERASED } from '@pivotal/domain';
import { asPivotal, statementsFor, versioned, type Projection, type ReadModelDb } from '../projection';
import { toMs } from '../time';

const VERSION = 1;
const t = {
  accounts: versioned('accounts', VERSION),
  agencies: versioned('agencies', VERSION),
  agencyStaff: versioned('agency_staff', VERSION),
};

const statements = statementsFor((db: ReadModelDb) => ({
  account: db.prepare(
    `INSERT INTO ${t.accounts} (id, email, name, role, password_hash, agency_id, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ),
  agency: db.prepare(`INSERT INTO ${t.agencies} (id, name, join_code, created_at) VALUES (?, ?, ?, ?)`),
  staff: db.prepare(
    `INSERT INTO ${t.agencyStaff} (agency_id, account_id, role, added_at) VALUES (?, ?, ?, ?)
     ON CONFLICT DO UPDATE SET role = excluded.role, added_at = excluded.added_at`,
  ),
  joinAgency: db.prepare(`UPDATE ${t.accounts} SET agency_id = ? WHERE id = ?`),
  // The row stays (staff lists, ids in history); its email, name and password hash do not.
  erase: db.prepare(`UPDATE ${t.accounts} SET email = ?, name = ?, password_hash = ? WHERE id = ?`),
}));

/**
 * Accounts (for sign-in by email and lookups by id) and agencies (by id and by join code) with
 * their staff. Email and join code are not unique here: the log is the truth, the earliest wins.
 */
export const accountsProjection: Projection = {
  name: 'accounts',
  version: VERSION,
  handles: ['AccountRegistered', 'AgencyCreated', 'StaffAdded', 'CandidateErased'],
  tables: { accounts: t.accounts, agencies: t.agencies, agency_staff: t.agencyStaff },
  init(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS ${t.accounts} (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        agency_id TEXT,
        registered_at INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS ${t.accounts}_by_email ON ${t.accounts} (email, registered_at);
      CREATE TABLE IF NOT EXISTS ${t.agencies} (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        join_code TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS ${t.agencies}_by_join_code ON ${t.agencies} (join_code, created_at);
      CREATE TABLE IF NOT EXISTS ${t.agencyStaff} (
        agency_id TEXT NOT NULL,
        account_id TEXT NOT NULL,
        role TEXT NOT NULL,
        added_at INTEGER NOT NULL,
        PRIMARY KEY (agency_id, account_id)
      ) WITHOUT ROWID;
    `);
  },
  apply(db, event) {
    const s = statements(db);
    const e = asPivotal(event);
    switch (e.type) {
      case 'AccountRegistered': {
        const d = e.data;
        s.account.run(d.accountId, d.email.toLowerCase(), d.name, d.role, d.passwordHash, d.agencyId, toMs(d.registeredAt));
        return;
      }
      case 'AgencyCreated': {
        const d = e.data;
        s.agency.run(d.agencyId, d.name, d.joinCode.toUpperCase(), toMs(d.createdAt));
        return;
      }
      case 'StaffAdded': {
        const d = e.data;
        s.staff.run(d.agencyId, d.accountId, d.role, toMs(d.addedAt));
        s.joinAgency.run(d.agencyId, d.accountId);
        return;
      }
      case 'CandidateErased':
        s.erase.run(ERASED, ERASED, ERASED, e.data.accountId);
        return;
      default:
        return;
    }
  },
};
