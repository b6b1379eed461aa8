import type { GoalEvent } from './goal.events';
import type { GoalState } from './goal.state';

/** Fold one goal event into the state. */
export const evolveGoal = (state: GoalState, event: GoalEvent): GoalState => {
  switch (event.type) {
    case 'GoalSet':
      return { exists: true, goalId: event.data.goalId, candidateId: event.data.candidateId, status: 'OPEN' };
    case 'GoalCompleted':
      return state.exists ? { ...state, status: 'COMPLETED' } : state;
    case 'GoalAbandoned':
      return state.exists ? { ...state, status: 'ABANDONED' } : state;
  }
};
