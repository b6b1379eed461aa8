import type { Event } from '../shared/event';

export type AgencyCreated = Event<
  'AgencyCreated',
  { agencyId: string; name: string; /** upper-case, what candidates type to join */ joinCode: string; createdAt: string }
>;
export type StaffAdded = Event<
  'StaffAdded',
  { agencyId: string; accountId: string; role: 'STAFF' | 'ANALYST'; addedAt: string }
>;

/** The agency's promise to candidates: every feedback request answered within this many working days. */
export type ResponseTargetSet = Event<
  'ResponseTargetSet',
  { agencyId: string; workingDays: number; setBy: string; setAt: string }
>;

export type AgencyEvent = AgencyCreated | StaffAdded | ResponseTargetSet;
