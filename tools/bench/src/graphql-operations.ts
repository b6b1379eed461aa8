/**
 * The web app's operations that the GraphQL benchmark sends, as text. They are the operations of
 * `@pivotal/client` (graphql-bench.spec.ts fails when they differ); a copy, because the client's
 * package loads Vite-only modules (the admin's `?raw` schema import) that plain Node cannot.
 */

const applicationCardFields = `
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
}`;

/** The candidate dashboard (`DashboardQuery`): every application and the stats. */
export const dashboardQuery = `query Dashboard {
  me {
    id
    candidate {
      id
      name
      applications {
        ...ApplicationCardFields
      }
      stats {
        ...CandidateStatsFields
      }
    }
  }
}
${applicationCardFields}

fragment CandidateStatsFields on CandidateStats {
  applied
  interviewed
  rejected
  offers
  feedbackReceived
  goalsCompleted
  streakWeeks
}`;

/** Logging a new application (`ApplyForJobMutation`), answered once the read models show it. */
export const applyForJobMutation = `mutation ApplyForJob($input: ApplyInput!) {
  applyForJob(input: $input) {
    ...ApplicationCardFields
  }
}
${applicationCardFields}`;

/** Signing in (`LogInMutation`). */
export const logInMutation = `mutation LogIn($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    viewer {
      ...ViewerFields
    }
  }
}

fragment ViewerFields on Viewer {
  id
  email
  role
  agencyId
}`;
