import type { Command } from '../shared/event';

/** Found an agency with the code its candidates type to join (3–20 of A–Z, 0–9, '-'; upper-cased). */
export type CreateAgency = Command<'CreateAgency', { agencyId: string; name: string; joinCode: string; now: string }>;

/** Make an account a member of the agency's staff, as staff or as analyst. */
export type AddStaff = Command<
  'AddStaff',
  { agencyId: string; accountId: string; role: 'STAFF' | 'ANALYST'; now: string }
>;

/** A staff member of the agency sets (or changes) its response-time target, in working days (Monday to Friday). */
export type SetResponseTarget = Command<
  'SetResponseTarget',
  { agencyId: string; workingDays: number; actorId: string; now: string }
>;

export type AgencyCommand = CreateAgency | AddStaff | SetResponseTarget;
