import type { GoalStatus } from '../shared/vocabulary';

/** What the goal stream knows: whose goal it is and where it stands. */
export type GoalState =
  | { readonly exists: false }
  | { readonly exists: true; readonly goalId: string; readonly candidateId: string; readonly status: GoalStatus };

export const initialGoalState = (): GoalState => ({ exists: false });
