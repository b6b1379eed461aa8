/**
 * The admin app's operations that the GraphQL benchmark's staff and analytics phases send, as
 * text, with the variables the admin app sends by default (pages of 50 rather than its 20, as
 * issue 14 asks). They are the operations of `@pivotal/client` (graphql-bench.spec.ts fails when
 * they differ); a copy for the reason `graphql-operations.ts` gives.
 */

/** The staff feedback queue (`FeedbackQueueQuery`), one page of waiting requests with their rows' fields. */
export const feedbackQueueQuery = `query FeedbackQueue($first: Int, $after: String, $filter: FeedbackQueueFilter, $sort: QueueSort) {
  feedbackQueue(first: $first, after: $after, filter: $filter, sort: $sort) {
    totalCount
    endCursor
    hasNextPage
    nodes {
      ...FeedbackRequestRowFields
    }
  }
}

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
}`;

/** The agency's candidates (`CandidatesQuery`), searchable, one page at a time. */
export const candidatesQuery = `query Candidates($search: String, $first: Int, $after: String) {
  candidates(search: $search, first: $first, after: $after) {
    totalCount
    endCursor
    hasNextPage
    nodes {
      id
      name
      email
      stats {
        applied
        offers
        feedbackReceived
        goalsCompleted
      }
    }
  }
}`;

/** The analytics panels' queries (`FunnelQuery`, `TimeToFeedbackQuery`, `FeedbackThemesQuery`, `GoalImpactQuery`). */
export const funnelQuery = `query AnalyticsFunnel($range: DateRange) {
  analytics {
    funnel(range: $range) {
      applied
      interviewed
      rejected
      offers
      feedbackRequested
      feedbackReceived
    }
  }
}`;

export const timeToFeedbackQuery = `query AnalyticsTimeToFeedback($range: DateRange) {
  analytics {
    timeToFeedback(range: $range) {
      count
      p50Hours
      p90Hours
      buckets {
        upToHours
        count
      }
    }
  }
}`;

export const feedbackThemesQuery = `query AnalyticsFeedbackThemes($range: DateRange) {
  analytics {
    feedbackThemes(range: $range) {
      theme
      polarity
      count
    }
  }
}`;

export const goalImpactQuery = `query AnalyticsGoalImpact($range: DateRange) {
  analytics {
    goalImpact(range: $range) {
      candidatesWithCompletedGoals
      offerRateBeforeGoals
      offerRateAfterGoals
    }
  }
}`;

/** One request of a read phase: an operation and the variables the admin app sends with it. */
export interface ReadRequest {
  readonly operationName: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

const PAGE = 50;

/** The staff list phase: the default view of the queue and the candidates list, 50 per page, in turn. */
export const staffListRequests: readonly ReadRequest[] = [
  {
    operationName: 'FeedbackQueue',
    query: feedbackQueueQuery,
    // The admin's default view: everyone's requests, any wait, no search, oldest first.
    variables: { first: PAGE, after: null, filter: { assignee: 'EVERYONE', heldBy: null, waiting: null, search: null }, sort: 'OLDEST_FIRST' },
  },
  { operationName: 'Candidates', query: candidatesQuery, variables: { search: null, first: PAGE, after: null } },
];

/** The analytics phase: the four panels of the analytics screen, all time (the admin's default range), in turn. */
export const analyticsRequests: readonly ReadRequest[] = [
  { operationName: 'AnalyticsFunnel', query: funnelQuery, variables: { range: {} } },
  { operationName: 'AnalyticsTimeToFeedback', query: timeToFeedbackQuery, variables: { range: {} } },
  { operationName: 'AnalyticsFeedbackThemes', query: feedbackThemesQuery, variables: { range: {} } },
  { operationName: 'AnalyticsGoalImpact', query: goalImpactQuery, variables: { range: {} } },
];
