import { graphql } from '../../graphql';
import { FeedbackFields, GoalFields } from './fragments';

/**
 * The goals screen: every goal, and the candidate's feedback so that each goal can show the
 * point it came from.
 */
export const GoalsQuery = graphql(
  `
    query Goals {
      me {
        id
        candidate {
          id
          goals {
            ...GoalFields
          }
          applications {
            id
            company
            role
            feedback {
              ...FeedbackFields
            }
          }
        }
      }
    }
  `,
  [GoalFields, FeedbackFields],
);

/** Turn a feedback point into a goal. */
export const SetGoalMutation = graphql(
  `
    mutation SetGoal($input: SetGoalInput!) {
      setGoal(input: $input) {
        ...GoalFields
      }
    }
  `,
  [GoalFields],
);

/** Mark a goal done, with a short reflection on what changed. */
export const CompleteGoalMutation = graphql(
  `
    mutation CompleteGoal($goalId: ID!, $reflection: String) {
      completeGoal(goalId: $goalId, reflection: $reflection) {
        ...GoalFields
      }
    }
  `,
  [GoalFields],
);

/** Let a goal go. */
export const AbandonGoalMutation = graphql(
  `
    mutation AbandonGoal($goalId: ID!) {
      abandonGoal(goalId: $goalId) {
        ...GoalFields
      }
    }
  `,
  [GoalFields],
);
