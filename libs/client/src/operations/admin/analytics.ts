import { graphql } from '../../graphql';

/** How many applications reached each step over a date range. */
export const FunnelQuery = graphql(`
  query AnalyticsFunnel($range: DateRange) {
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
  }
`);

/** Hours from feedback request to feedback: percentiles and histogram. */
export const TimeToFeedbackQuery = graphql(`
  query AnalyticsTimeToFeedback($range: DateRange) {
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
  }
`);

/** Feedback points counted by theme and polarity. */
export const FeedbackThemesQuery = graphql(`
  query AnalyticsFeedbackThemes($range: DateRange) {
    analytics {
      feedbackThemes(range: $range) {
        theme
        polarity
        count
      }
    }
  }
`);

/** Offer rates before and after candidates' first completed goal, over applications applied in a date range. */
export const GoalImpactQuery = graphql(`
  query AnalyticsGoalImpact($range: DateRange) {
    analytics {
      goalImpact(range: $range) {
        candidatesWithCompletedGoals
        offerRateBeforeGoals
        offerRateAfterGoals
      }
    }
  }
`);
