import type { Role } from '@pivotal/domain';
import type { ReadModelDb } from '../projection';
import { lazily } from './lazy-statement';
import { toIso } from '../time';
import { alignOne, idList } from './page';
import type { AccountView, AgencyView, StaffMemberView } from './read-model.types';

interface AccountRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string;
  agency_id: string | null;
  registered_at: number;
}
interface AgencyRow {
  id: string;
  name: string;
  join_code: string;
  created_at: number;
}
interface StaffRow {
  agency_id: string;
  account_id: string;
  role: 'STAFF' | 'ANALYST';
  added_at: number;
}

const toAccount = (r: AccountRow): AccountView => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role,
  passwordHash: r.password_hash,
  agencyId: r.agency_id,
  registeredAt: toIso(r.registered_at),
});
const toAgency = (r: AgencyRow): AgencyView => ({
  id: r.id,
  name: r.name,
  joinCode: r.join_code,
  createdAt: toIso(r.created_at),
});

/** Accounts and agencies: sign-in by email, lookups by id, joining by code. */
export const accountQueries = (db: ReadModelDb) => {
  const byId = lazily(db, 'SELECT * FROM accounts WHERE id = ?');
  const byEmail = lazily(db, 'SELECT * FROM accounts WHERE email = ? ORDER BY registered_at LIMIT 1');
  const byIds = lazily(db, 'SELECT * FROM accounts WHERE id IN (SELECT value FROM json_each(?))');
  const agencyById = lazily(db, 'SELECT * FROM agencies WHERE id = ?');
  const agencyByCode = lazily(db, 'SELECT * FROM agencies WHERE join_code = ? ORDER BY created_at LIMIT 1');
  const agenciesByIds = lazily(db, 'SELECT * FROM agencies WHERE id IN (SELECT value FROM json_each(?))');
  const staff = lazily(db, 'SELECT * FROM agency_staff WHERE agency_id = ? ORDER BY added_at, account_id');
  return {
    /** The account with this id, or null. */
    accountById: (id: string): AccountView | null => {
      const row = byId.get(id) as AccountRow | undefined;
      return row ? toAccount(row) : null;
    },
    /** The account signed up with this email (compared lower-cased), or null. */
    accountByEmail: (email: string): AccountView | null => {
      const row = byEmail.get(email.trim().toLowerCase()) as AccountRow | undefined;
      return row ? toAccount(row) : null;
    },
    /** Accounts in the order of `ids`, null where unknown. */
    accountsByIds: (ids: readonly string[]): (AccountView | null)[] =>
      alignOne(ids, byIds.all(idList(ids)) as AccountRow[], (r) => r.id, toAccount),
    agencyById: (id: string): AgencyView | null => {
      const row = agencyById.get(id) as AgencyRow | undefined;
      return row ? toAgency(row) : null;
    },
    /** The agency a candidate joins with this code (compared upper-cased), or null. */
    agencyByJoinCode: (joinCode: string): AgencyView | null => {
      const row = agencyByCode.get(joinCode.trim().toUpperCase()) as AgencyRow | undefined;
      return row ? toAgency(row) : null;
    },
    agenciesByIds: (ids: readonly string[]): (AgencyView | null)[] =>
      alignOne(ids, agenciesByIds.all(idList(ids)) as AgencyRow[], (r) => r.id, toAgency),
    /** Staff and analysts of an agency, in the order they were added. */
    staffOfAgency: (agencyId: string): StaffMemberView[] =>
      (staff.all(agencyId) as StaffRow[]).map((r) => ({
        agencyId: r.agency_id,
        accountId: r.account_id,
        role: r.role,
        addedAt: toIso(r.added_at),
      })),
  };
};
