import { graphql } from '../../graphql';

/** The candidate's own tracking of an application: the reflection before the feedback, the follow-up. */
export const TrackerFields = graphql(`
  fragment TrackerFields on Application {
    id
    reflection {
      text
      writtenAt
    }
    followUpAt
    followUpNote
  }
`);

/** An application's reflection and follow-up. */
export const ApplicationTrackerQuery = graphql(
  `
    query ApplicationTracker($id: ID!) {
      application(id: $id) {
        ...TrackerFields
      }
    }
  `,
  [TrackerFields],
);

/** Keep what the candidate expects of the feedback, before its points are shown. */
export const WriteReflectionMutation = graphql(
  `
    mutation WriteReflection($input: ReflectionInput!) {
      writeReflection(input: $input) {
        ...TrackerFields
      }
    }
  `,
  [TrackerFields],
);

/** Set or move the date to follow an application up. */
export const SetFollowUpMutation = graphql(
  `
    mutation SetFollowUp($input: FollowUpInput!) {
      setFollowUp(input: $input) {
        ...TrackerFields
      }
    }
  `,
  [TrackerFields],
);

/** Drop the follow-up. */
export const ClearFollowUpMutation = graphql(
  `
    mutation ClearFollowUp($applicationId: ID!) {
      clearFollowUp(applicationId: $applicationId) {
        ...TrackerFields
      }
    }
  `,
  [TrackerFields],
);

/** Mark the follow-up done. */
export const CompleteFollowUpMutation = graphql(
  `
    mutation CompleteFollowUp($applicationId: ID!) {
      completeFollowUp(applicationId: $applicationId) {
        ...TrackerFields
      }
    }
  `,
  [TrackerFields],
);

/** Follow-ups and interviews to come, soonest first. */
export const RemindersQuery = graphql(`
  query Reminders($first: Int) {
    reminders(first: $first) {
      applicationId
      dueAt
      note
      overdue
      kind
    }
  }
`);

/** The private calendar feed's URL. */
export const CalendarUrlQuery = graphql(`
  query CalendarUrl {
    calendarUrl
  }
`);

/** Revoke the calendar feed's URL and get a new one. */
export const ResetCalendarUrlMutation = graphql(`
  mutation ResetCalendarUrl {
    resetCalendarUrl
  }
`);
