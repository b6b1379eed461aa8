import { graphql } from '../../graphql';

/** Of the critiques received on the range's applications, how many were read after the candidate wrote a reflection. */
export const FeedbackReadAfterReflectionQuery = graphql(`
  query AnalyticsFeedbackReadAfterReflection($range: DateRange) {
    analytics {
      feedbackReadAfterReflection(range: $range) {
        feedbackReceived
        reflected
        share
      }
    }
  }
`);
