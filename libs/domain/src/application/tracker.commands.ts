import type { Command } from '../shared/event';

/**
 * The candidate writes down what they expect of the feedback that arrived, before its points are
 * shown. Written once; the same text sent again changes nothing.
 */
export type WriteReflection = Command<
  'WriteReflection',
  { applicationId: string; text: string; actorId: string; now: string }
>;

/** The candidate sets (or moves) the date to follow the application up, with an optional note. */
export type SetFollowUp = Command<
  'SetFollowUp',
  { applicationId: string; followUpAt: string; note?: string | null; actorId: string; now: string }
>;

/** The candidate drops the follow-up; with none set, nothing changes. */
export type ClearFollowUp = Command<'ClearFollowUp', { applicationId: string; actorId: string; now: string }>;

/** The candidate marks the follow-up done. */
export type CompleteFollowUp = Command<
  'CompleteFollowUp',
  { applicationId: string; actorId: string; now: string }
>;

export type TrackerCommand = WriteReflection | SetFollowUp | ClearFollowUp | CompleteFollowUp;
