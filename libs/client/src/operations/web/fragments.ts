import { graphql } from '../../graphql';

/** What a card on the dashboard board shows about one application. */
export const ApplicationCardFields = graphql(`
  fragment ApplicationCardFields on Application {
    id
    candidateId
    company
    role
    status
    feedbackStatus
    appliedAt
    rejectedAt
    feedbackRequestedAt
  }
`);

/** One feedback with its points, as the feedback view shows it. */
export const FeedbackFields = graphql(`
  fragment FeedbackFields on Feedback {
    id
    applicationId
    receivedAt
    summary
    recommendation
    points {
      index
      theme
      polarity
      note
    }
  }
`);

/**
 * Everything an application's page shows. Every mutation on an application answers with these
 * fields, so the normalized cache keeps the page, the board and the timeline right.
 */
export const ApplicationDetailFields = graphql(
  `
    fragment ApplicationDetailFields on Application {
      ...ApplicationCardFields
      jobUrl
      location
      notes
      interviews {
        id
        scheduledFor
        occurredAt
        stage
        selfRating
        notes
      }
      feedback {
        ...FeedbackFields
      }
      history {
        type
        occurredAt
        position
        data
      }
    }
  `,
  [ApplicationCardFields, FeedbackFields],
);

/** The candidate's numbers on the dashboard. */
export const CandidateStatsFields = graphql(`
  fragment CandidateStatsFields on CandidateStats {
    applied
    interviewed
    rejected
    offers
    feedbackReceived
    goalsCompleted
    streakWeeks
  }
`);

/** One goal as the goals screen shows it. */
export const GoalFields = graphql(`
  fragment GoalFields on Goal {
    id
    candidateId
    theme
    title
    status
    setAt
    completedAt
    fromFeedbackId
    pointIndex
  }
`);

/** Who is signed in. */
export const ViewerFields = graphql(`
  fragment ViewerFields on Viewer {
    id
    email
    role
    agencyId
  }
`);
