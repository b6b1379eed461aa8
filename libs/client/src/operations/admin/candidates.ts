import { graphql } from '../../graphql';
import { FeedbackFields, GoalFields } from '../web/fragments';

/** The agency's candidates, searchable by name or email, one page at a time. */
export const CandidatesQuery = graphql(`
  query Candidates($search: String, $first: Int, $after: String) {
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
  }
`);

/** A candidate as staff see them: applications with the feedback given, and the goals made from it. */
export const CandidateProfileQuery = graphql(
  `
    query CandidateProfile($id: ID!) {
      candidate(id: $id) {
        id
        name
        email
        erased
        stats {
          applied
          interviewed
          rejected
          offers
          feedbackReceived
          goalsCompleted
        }
        applications {
          id
          company
          role
          status
          feedbackStatus
          appliedAt
          feedback {
            ...FeedbackFields
          }
        }
        goals {
          ...GoalFields
        }
      }
    }
  `,
  [FeedbackFields, GoalFields],
);
