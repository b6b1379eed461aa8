import { AlreadyExists, Forbidden, InvalidInput, NotFound, RuleBroken } from '../shared/errors';
import { TEXT_LIMITS } from '../shared/limits';
import { instant, oneOf, optionalText, requiredText } from '../shared/validate';
import { FEEDBACK_THEMES, type FeedbackTheme } from '../shared/vocabulary';
import type { GoalCommand, SetGoal } from './goal.commands';
import type { GoalEvent } from './goal.events';
import type { GoalState } from './goal.state';

type Existing = Extract<GoalState, { exists: true }>;

const existing = (state: GoalState, goalId: string): Existing => {
  if (!state.exists) throw new NotFound('goal', goalId);
  return state;
};

/** The theme a goal takes: its feedback point's, which must be an IMPROVEMENT of the candidate's own feedback. */
const goalTheme = ({ candidateId, theme, fromFeedback }: SetGoal['data']): FeedbackTheme => {
  if (!fromFeedback) {
    if (theme === null || theme === undefined) {
      throw new InvalidInput('theme', 'is required when the goal does not come from a feedback point');
    }
    return oneOf(theme, FEEDBACK_THEMES, 'theme');
  }
  if (fromFeedback.feedbackOwnerCandidateId !== candidateId) {
    throw new Forbidden("a goal comes from the candidate's own feedback");
  }
  if (fromFeedback.point === null) throw new InvalidInput('pointIndex', 'does not name a point of this feedback');
  if (fromFeedback.point.polarity !== 'IMPROVEMENT') {
    throw new RuleBroken('a goal comes from an improvement point, not a strength');
  }
  return fromFeedback.point.theme;
};

/** Decide what a goal command means, or refuse it with a domain error. */
export const decideGoal = (command: GoalCommand, state: GoalState): GoalEvent[] => {
  switch (command.type) {
    case 'SetGoal': {
      const { data } = command;
      if (state.exists) throw new AlreadyExists('goal', data.goalId);
      if (data.actorId !== data.candidateId) throw new Forbidden('only the candidate can set its own goals');
      const theme = goalTheme(data);
      return [
        {
          type: 'GoalSet',
          data: {
            goalId: data.goalId,
            candidateId: data.candidateId,
            theme,
            title: requiredText(data.title, 'title', TEXT_LIMITS.title),
            setAt: instant(data.now, 'now'),
            fromFeedbackId: data.fromFeedback?.feedbackId ?? null,
            applicationId: data.fromFeedback?.applicationId ?? null,
            pointIndex: data.fromFeedback?.pointIndex ?? null,
          },
        },
      ];
    }

    case 'CompleteGoal': {
      const { data } = command;
      const goal = existing(state, data.goalId);
      if (goal.candidateId !== data.actorId) throw new Forbidden('only the candidate who owns this goal can complete it');
      if (goal.status === 'COMPLETED') throw new RuleBroken('a goal is completed once');
      if (goal.status === 'ABANDONED') throw new RuleBroken('an abandoned goal cannot be completed');
      return [
        {
          type: 'GoalCompleted',
          data: {
            goalId: data.goalId,
            candidateId: goal.candidateId,
            completedAt: instant(data.now, 'now'),
            reflection: optionalText(data.reflection, 'reflection', TEXT_LIMITS.reflection),
          },
        },
      ];
    }

    case 'AbandonGoal': {
      const { data } = command;
      const goal = existing(state, data.goalId);
      if (goal.candidateId !== data.actorId) throw new Forbidden('only the candidate who owns this goal can abandon it');
      if (goal.status === 'COMPLETED') throw new RuleBroken('a completed goal cannot be abandoned');
      if (goal.status === 'ABANDONED') throw new RuleBroken('a goal is abandoned once');
      return [
        {
          type: 'GoalAbandoned',
          data: { goalId: data.goalId, candidateId: goal.candidateId, abandonedAt: instant(data.now, 'now') },
        },
      ];
    }
  }
};
