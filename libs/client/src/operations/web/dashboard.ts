import { graphql } from '../../graphql';
import { ApplicationCardFields, CandidateStatsFields } from './fragments';

/** The dashboard: every application of the signed-in candidate, and the stats. */
export const DashboardQuery = graphql(
  `
    query Dashboard {
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
  `,
  [ApplicationCardFields, CandidateStatsFields],
);

/** Log a new application; the cache adds it to the candidate's lists. */
export const ApplyForJobMutation = graphql(
  `
    mutation ApplyForJob($input: ApplyInput!) {
      applyForJob(input: $input) {
        ...ApplicationCardFields
      }
    }
  `,
  [ApplicationCardFields],
);
