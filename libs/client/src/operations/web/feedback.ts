import { graphql } from '../../graphql';
import { ApplicationDetailFields, GoalFields } from './fragments';
import { TrackerFields } from './tracker';

/**
 * The feedback view: the application with its feedback and the reflection written before it, and
 * the candidate's goals so that each improvement point shows whether it is already a goal.
 */
export const FeedbackViewQuery = graphql(
  `
    query FeedbackView($applicationId: ID!) {
      application(id: $applicationId) {
        ...ApplicationDetailFields
        ...TrackerFields
      }
      me {
        id
        candidate {
          id
          goals {
            ...GoalFields
          }
        }
      }
    }
  `,
  [ApplicationDetailFields, GoalFields, TrackerFields],
);
