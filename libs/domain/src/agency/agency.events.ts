import type { Event } from '../shared/event';

export type AgencyCreated = Event<
  'AgencyCreated',
  { agencyId: string; name: string; /** upper-case, what candidates type to join */ joinCode: string; createdAt: string }
>;
export type StaffAdded = Event<
  'StaffAdded',
  { agencyId: string; accountId: string; role: 'STAFF' | 'ANALYST'; addedAt: string }
>;

export type AgencyEvent = AgencyCreated | StaffAdded;
