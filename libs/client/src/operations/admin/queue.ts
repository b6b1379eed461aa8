import { graphql } from '../../graphql';

/** One waiting feedback request as a row of the staff queue shows it: who asked, who holds it, its deadline. */
export const FeedbackRequestRowFields = graphql(`
  fragment FeedbackRequestRowFields on FeedbackRequest {
    requestedAt
    waitingHours
    lastInterviewAt
    dueAt
    hoursUntilDue
    overdue
    assignee {
      id
      name
    }
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

/** The staff feedback queue, filtered (whose, how long waiting, which company or role) and sorted, one page at a time. */
export const FeedbackQueueQuery = graphql(
  `
    query FeedbackQueue($first: Int, $after: String, $filter: FeedbackQueueFilter, $sort: QueueSort) {
      feedbackQueue(first: $first, after: $after, filter: $filter, sort: $sort) {
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

/** Pushed to staff whenever a request of their view of the queue is asked, answered or (re)assigned. */
export const FeedbackQueueChangedSubscription = graphql(`
  subscription FeedbackQueueChanged($filter: FeedbackQueueFilter, $sort: QueueSort) {
    feedbackQueueChanged(filter: $filter, sort: $sort) {
      totalCount
    }
  }
`);
