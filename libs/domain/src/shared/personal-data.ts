import type { PivotalEventType } from '../events';

/**
 * Which fields of each event are personal data (GDPR art. 4): the fields that crypto-shredding
 * (libs/event-store/src/privacy) encrypts with the data subject's key before the event reaches the
 * store, so that forgetting the key makes them unreadable for good.
 *
 * A path names a field of the event's data: `company`, or `points[].note` for a field of every
 * element of an array. Ids, dates, enums and counts are not listed: they carry no one's words and
 * the aggregate analytics keep them after an erasure. Every event type must appear (the record is
 * exhaustive, so a new event type does not compile until someone decides what in it is personal).
 */
export const PERSONAL_FIELDS: Readonly<Record<PivotalEventType, readonly string[]>> = {
  AccountRegistered: ['email', 'name', 'passwordHash'],
  AgencyCreated: [],
  StaffAdded: [],
  ResponseTargetSet: [],
  CandidateRegistered: ['name', 'email'],
  // Ids and an instant; the reason is the staff member's justification, kept to account for the erasure.
  CandidateErased: [],
  JobApplied: ['company', 'role', 'jobUrl', 'location', 'notes'],
  InterviewScheduled: ['stage'],
  Interviewed: ['stage', 'notes'],
  ApplicationRejected: ['reason'],
  OfferReceived: [],
  ApplicationWithdrawn: [],
  FeedbackRequested: [],
  FeedbackReceived: ['summary', 'points[].note'],
  FeedbackDeclined: ['reason'],
  // Who holds a request is ids only: the staff member's name stays in their account's events.
  FeedbackAssigned: [],
  FeedbackUnassigned: [],
  ReflectionWritten: ['text'],
  FollowUpSet: ['note'],
  FollowUpCleared: [],
  FollowUpCompleted: [],
  // A number: the secret the feed's token is made with never leaves the api.
  CalendarFeedReset: [],
  GoalSet: ['title'],
  GoalCompleted: ['reflection'],
  GoalAbandoned: [],
};

/** The personal paths of an event type (none for a type this code does not know). */
export const personalFieldsOf = (type: string): readonly string[] =>
  (PERSONAL_FIELDS as Readonly<Record<string, readonly string[]>>)[type] ?? [];

/**
 * The data subject an event's data names itself: its candidate, else its account. Events that name
 * neither (most of an application's) belong to the subject their stream's first event named.
 */
export const subjectNamedBy = (data: unknown): string | null => {
  if (typeof data !== 'object' || data === null) return null;
  const { candidateId, accountId } = data as { candidateId?: unknown; accountId?: unknown };
  if (typeof candidateId === 'string') return candidateId;
  if (typeof accountId === 'string') return accountId;
  return null;
};

/** What an erased personal string reads as, everywhere (read models, exports, history). */
export const ERASED = '[erased]';
