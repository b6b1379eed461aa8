import type { PivotalEvent, PivotalEventType } from '../events';
import type { EventEnvelope } from './event';

/**
 * The schema version each event type is written at today. The command handler stamps it into
 * `metadata.schemaVersion` on append; `upcast` brings anything older up to it on read.
 */
export const CURRENT_SCHEMA_VERSIONS: Readonly<Record<PivotalEventType, number>> = {
  AccountRegistered: 1,
  AgencyCreated: 1,
  StaffAdded: 1,
  ResponseTargetSet: 1,
  CandidateRegistered: 1,
  CandidateErased: 1,
  JobApplied: 1,
  InterviewScheduled: 1,
  Interviewed: 2,
  ApplicationRejected: 1,
  OfferReceived: 1,
  ApplicationWithdrawn: 1,
  FeedbackRequested: 1,
  FeedbackReceived: 1,
  FeedbackDeclined: 1,
  FeedbackAssigned: 1,
  FeedbackUnassigned: 1,
  ReflectionWritten: 1,
  FollowUpSet: 1,
  FollowUpCleared: 1,
  FollowUpCompleted: 1,
  CalendarFeedReset: 1,
  GoalSet: 1,
  GoalCompleted: 1,
  GoalAbandoned: 1,
};

/** The version to stamp on a new event of this type (1 for a type this code does not know). */
export const schemaVersionOf = (type: string): number =>
  (CURRENT_SCHEMA_VERSIONS as Readonly<Record<string, number>>)[type] ?? 1;

/** One step: the data of version `n` to the data of version `n + 1`. */
type Upcaster = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * `Interviewed` v1 (until the self-rating became a 1–5 scale):
 * `{ applicationId, interviewId, stage, occurredAt, rating?: number }` where `rating` was the
 * candidate's view on a 1–10 scale and there were no notes.
 * v2 is today's shape: `selfRating` 1–5 (half the old rating, rounded, clamped) or null, `notes` null.
 */
const interviewedV1ToV2: Upcaster = ({ rating, ...rest }) => ({
  ...rest,
  selfRating: typeof rating === 'number' ? Math.min(5, Math.max(1, Math.round(rating / 2))) : null,
  notes: typeof rest['notes'] === 'string' ? rest['notes'] : null,
});

/** Per event type, the step out of each old version: `registry[type][n]` turns vn into vn+1. */
const registry: Readonly<Record<string, Readonly<Record<number, Upcaster>>>> = {
  Interviewed: { 1: interviewedV1ToV2 },
};

/**
 * Bring a stored event to the current schema version of its type, one step at a time. Events of
 * the current version (and of types this code does not know) come back unchanged.
 */
export const upcast = (envelope: EventEnvelope): EventEnvelope<PivotalEvent> => {
  const target = schemaVersionOf(envelope.type);
  let { schemaVersion } = envelope.metadata;
  if (schemaVersion === target) return envelope as EventEnvelope<PivotalEvent>;
  if (schemaVersion > target) {
    // Written by newer code than this: guessing its meaning would corrupt read models.
    throw new Error(`${envelope.type} v${schemaVersion} is newer than this code knows (v${target})`);
  }
  let data = envelope.data as Record<string, unknown>;
  while (schemaVersion < target) {
    const step = registry[envelope.type]?.[schemaVersion];
    if (!step) throw new Error(`no upcaster for ${envelope.type} v${schemaVersion}`);
    data = step(data);
    schemaVersion += 1;
  }
  return { type: envelope.type, data, metadata: { ...envelope.metadata, schemaVersion } } as EventEnvelope<PivotalEvent>;
};
