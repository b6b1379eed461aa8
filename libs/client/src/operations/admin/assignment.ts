import { graphql } from '../../graphql';

/** Who holds a waiting request, and by when the agency promised an answer. */
export const FeedbackHoldingFields = graphql(`
  fragment FeedbackHoldingFields on FeedbackRequest {
    applicationId
    assignedAt
    dueAt
    hoursUntilDue
    overdue
    assignee {
      id
      name
    }
  }
`);

/** One waiting request as the request screen shows its holder and deadline; null once answered. */
export const FeedbackHoldingQuery = graphql(
  `
    query FeedbackHolding($applicationId: ID!) {
      feedbackRequest(applicationId: $applicationId) {
        ...FeedbackHoldingFields
      }
    }
  `,
  [FeedbackHoldingFields],
);

/** Staff assign a waiting request to themselves or a colleague, or reassign it from who they saw holding it. */
export const AssignFeedbackRequestMutation = graphql(
  `
    mutation AssignFeedbackRequest($input: AssignFeedbackRequestInput!) {
      assignFeedbackRequest(input: $input) {
        ...FeedbackHoldingFields
      }
    }
  `,
  [FeedbackHoldingFields],
);

/** Staff take a waiting request back from who they saw holding it. */
export const UnassignFeedbackRequestMutation = graphql(
  `
    mutation UnassignFeedbackRequest($applicationId: ID!, $expectedAssigneeId: ID!) {
      unassignFeedbackRequest(applicationId: $applicationId, expectedAssigneeId: $expectedAssigneeId) {
        ...FeedbackHoldingFields
      }
    }
  `,
  [FeedbackHoldingFields],
);

/** The agency's staff with the waiting requests each holds and the oldest of each, and what nobody holds. */
export const FeedbackWorkloadQuery = graphql(`
  query FeedbackWorkload {
    feedbackWorkload {
      unassignedRequests
      oldestUnassignedAt
      staff {
        openRequests
        oldestRequestedAt
        staffMember {
          id
          name
        }
      }
    }
  }
`);

/** The agency's response-time target in working days; null until staff set one. */
export const ResponseTargetQuery = graphql(`
  query ResponseTarget {
    responseTarget {
      workingDays
    }
  }
`);

/** Staff set (or change) the agency's response-time target. */
export const SetResponseTargetMutation = graphql(`
  mutation SetResponseTarget($workingDays: Int!) {
    setResponseTarget(workingDays: $workingDays) {
      workingDays
    }
  }
`);

/** An application's own events, oldest first, for the request screen's history (assignments included). */
export const ApplicationHistoryQuery = graphql(`
  query ApplicationHistory($id: ID!) {
    application(id: $id) {
      id
      history {
        type
        occurredAt
        data
        position
      }
    }
  }
`);
