import { graphql } from '../../graphql';
import { FeedbackFields } from '../web/fragments';

/** A feedback request opened by staff: the application, the candidate, interviews with self-ratings. */
export const FeedbackRequestQuery = graphql(
  `
    query FeedbackRequest($id: ID!) {
      application(id: $id) {
        id
        company
        role
        status
        feedbackStatus
        appliedAt
        rejectedAt
        feedbackRequestedAt
        candidate {
          id
          name
          email
        }
        interviews {
          id
          stage
          scheduledFor
          occurredAt
          selfRating
          notes
        }
        feedback {
          ...FeedbackFields
        }
      }
    }
  `,
  [FeedbackFields],
);

/** Staff record a structured critique for a requested feedback. */
export const RecordFeedbackMutation = graphql(
  `
    mutation RecordFeedback($input: RecordFeedbackInput!) {
      recordFeedback(input: $input) {
        ...FeedbackFields
      }
    }
  `,
  [FeedbackFields],
);

/** Staff record that no feedback will come for an application, and why. */
export const DeclineFeedbackMutation = graphql(`
  mutation DeclineFeedback($applicationId: ID!, $reason: String!) {
    declineFeedback(applicationId: $applicationId, reason: $reason) {
      id
      status
      feedbackStatus
    }
  }
`);
