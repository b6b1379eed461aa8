import type { Event } from '../shared/event';
import type { FeedbackTheme } from '../shared/vocabulary';

export type GoalSet = Event<
  'GoalSet',
  {
    goalId: string;
    candidateId: string;
    theme: FeedbackTheme;
    title: string;
    setAt: string;
    /** The feedback point it came from, when it came from one. */
    fromFeedbackId: string | null;
    applicationId: string | null;
    pointIndex: number | null;
  }
>;
export type GoalCompleted = Event<
  'GoalCompleted',
  { goalId: string; candidateId: string; completedAt: string; reflection: string | null }
>;
export type GoalAbandoned = Event<'GoalAbandoned', { goalId: string; candidateId: string; abandonedAt: string }>;

export type GoalEvent = GoalSet | GoalCompleted | GoalAbandoned;
