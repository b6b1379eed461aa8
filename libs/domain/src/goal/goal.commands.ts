import type { Command } from '../shared/event';
import type { FeedbackTheme, Polarity } from '../shared/vocabulary';

/**
 * What the api looked up about the feedback point a goal is made from, so that the pure decider
 * can judge it: `point` is null when `pointIndex` is out of range.
 */
export interface FeedbackPointFacts {
  readonly feedbackId: string;
  readonly applicationId: string;
  readonly pointIndex: number;
  readonly point: { readonly theme: FeedbackTheme; readonly polarity: Polarity; readonly note: string } | null;
  /** The candidate whose feedback it is. */
  readonly feedbackOwnerCandidateId: string;
}

/**
 * A candidate sets an improvement goal, from one IMPROVEMENT point of its own feedback (`fromFeedback`,
 * whose theme the goal takes) or on its own (`theme` required then).
 */
export type SetGoal = Command<
  'SetGoal',
  {
    goalId: string;
    candidateId: string;
    title: string;
    theme?: FeedbackTheme | null;
    fromFeedback?: FeedbackPointFacts | null;
    actorId: string;
    now: string;
  }
>;

/** The goal's candidate marks it done, with an optional reflection. */
export type CompleteGoal = Command<
  'CompleteGoal',
  { goalId: string; reflection?: string | null; actorId: string; now: string }
>;

/** The goal's candidate gives it up. */
export type AbandonGoal = Command<'AbandonGoal', { goalId: string; actorId: string; now: string }>;

export type GoalCommand = SetGoal | CompleteGoal | AbandonGoal;
