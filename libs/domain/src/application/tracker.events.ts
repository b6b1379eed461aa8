import type { Event } from '../shared/event';

/**
 * What the candidate expected, written once the feedback had arrived and before its points were
 * shown: kept beside the feedback afterwards ("what you expected" next to "what they said").
 */
export type ReflectionWritten = Event<
  'ReflectionWritten',
  { applicationId: string; candidateId: string; feedbackId: string; text: string; writtenAt: string }
>;

/** The candidate means to follow the application up at `followUpAt` (replacing any earlier date). */
export type FollowUpSet = Event<
  'FollowUpSet',
  { applicationId: string; candidateId: string; followUpAt: string; note: string | null; setAt: string }
>;

/** The candidate dropped the follow-up without doing it. */
export type FollowUpCleared = Event<
  'FollowUpCleared',
  { applicationId: string; candidateId: string; clearedAt: string }
>;

/** The candidate followed up as planned: the follow-up is done. */
export type FollowUpCompleted = Event<
  'FollowUpCompleted',
  { applicationId: string; candidateId: string; followUpAt: string; completedAt: string }
>;

/** The candidate's own tracking of an application: reflection and follow-ups. */
export type TrackerEvent = ReflectionWritten | FollowUpSet | FollowUpCleared | FollowUpCompleted;
