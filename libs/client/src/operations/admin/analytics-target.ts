import { graphql } from '../../graphql';

/** Per month of request, the share of feedback requests answered within the agency's response target. */
export const AnsweredWithinTargetQuery = graphql(`
  query AnalyticsAnsweredWithinTarget($range: DateRange) {
    responseTarget {
      workingDays
    }
    analytics {
      answeredWithinTarget(range: $range) {
        month
        requests
        withinTarget
        share
      }
    }
  }
`);
