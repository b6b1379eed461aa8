import { graphql } from '../../graphql';
import { ApplicationDetailFields } from './fragments';

/** One application with its interviews, feedback and timeline. */
export const ApplicationQuery = graphql(
  `
    query Application($id: ID!) {
      application(id: $id) {
        ...ApplicationDetailFields
      }
    }
  `,
  [ApplicationDetailFields],
);

/** Plan an interview that has not happened yet. */
export const ScheduleInterviewMutation = graphql(
  `
    mutation ScheduleInterview($input: ScheduleInterviewInput!) {
      scheduleInterview(input: $input) {
        ...ApplicationDetailFields
      }
    }
  `,
  [ApplicationDetailFields],
);

/** Record an interview that happened: stage, how it felt (1–5), notes. */
export const RecordInterviewMutation = graphql(
  `
    mutation RecordInterview($input: RecordInterviewInput!) {
      recordInterview(input: $input) {
        ...ApplicationDetailFields
      }
    }
  `,
  [ApplicationDetailFields],
);

/** Record that the company said no, with the reason if one was given. */
export const RecordRejectionMutation = graphql(
  `
    mutation RecordRejection($input: RejectInput!) {
      recordRejection(input: $input) {
        ...ApplicationDetailFields
      }
    }
  `,
  [ApplicationDetailFields],
);

/** Record an offer. */
export const RecordOfferMutation = graphql(
  `
    mutation RecordOffer($applicationId: ID!) {
      recordOffer(applicationId: $applicationId) {
        ...ApplicationDetailFields
      }
    }
  `,
  [ApplicationDetailFields],
);

/** Withdraw from the process. */
export const WithdrawApplicationMutation = graphql(
  `
    mutation WithdrawApplication($applicationId: ID!) {
      withdrawApplication(applicationId: $applicationId) {
        ...ApplicationDetailFields
      }
    }
  `,
  [ApplicationDetailFields],
);

/** Ask the agency for feedback, after an interview or a rejection. */
export const RequestFeedbackMutation = graphql(
  `
    mutation RequestFeedback($applicationId: ID!) {
      requestFeedback(applicationId: $applicationId) {
        ...ApplicationDetailFields
      }
    }
  `,
  [ApplicationDetailFields],
);
