import { graphql } from '../../graphql';

/** One waiting feedback request as a row of the staff queue shows it. */
export const FeedbackRequestRowFields = graphql(`
  fragment FeedbackRequestRowFields on FeedbackRequest {
    requestedAt
    waitingHours
    candidate {
      id
      name
    }
    application {
      id
      company
      role
      status
      interviews {
        id
        stage
        occurredAt
      }
    }
  }
`);

/** The staff feedback queue: requested and not yet answered, oldest first, one page at a time. */
export const FeedbackQueueQuery = graphql(
  `
    query FeedbackQueue($first: Int, $after: String) {
      feedbackQueue(first: $first, after: $after) {
        totalCount
        endCursor
        hasNextPage
        nodes {
          ...FeedbackRequestRowFields
        }
      }
    }
  `,
  [FeedbackRequestRowFields],
);

/** Pushed to staff whenever a request arrives in or leaves their agency's queue. */
export const FeedbackQueueChangedSubscription = graphql(`
  subscription FeedbackQueueChanged {
    feedbackQueueChanged {
      totalCount
    }
  }
`);
