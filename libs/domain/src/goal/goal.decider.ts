import type { Decider } from '../shared/event';
import { decideGoal } from './decide';
import { evolveGoal } from './evolve';
import type { GoalCommand } from './goal.commands';
import type { GoalEvent } from './goal.events';
import { type GoalState, initialGoalState } from './goal.state';

/** The `goal-<id>` stream kind. */
export const goalDecider: Decider<GoalCommand, GoalEvent, GoalState> = {
  initialState: initialGoalState,
  evolve: evolveGoal,
  decide: decideGoal,
};
