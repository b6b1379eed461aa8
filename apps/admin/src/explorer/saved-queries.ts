/** An analytics query kept ready in the explorer. */
export interface SavedQuery {
  /** Stable id, used as the select's value. */
  id: string;
  /** Its name in the list. */
  title: string;
  /** The GraphQL document. */
  query: string;
}

/** Example analytics queries analysts start from; all aggregates, no personal data. */
export const savedQueries: SavedQuery[] = [
  {
    id: 'funnel',
    title: 'Funnel, this year',
    query: `# How many applications reached each step since the start of 2026.
query Funnel {
  analytics {
    funnel(range: { from: "2026-01-01T00:00:00.000Z" }) {
      applied
      interviewed
      rejected
      offers
      feedbackRequested
      feedbackReceived
    }
  }
}
`,
  },
  {
    id: 'time-to-feedback',
    title: 'Time from request to feedback',
    query: `# Hours from a feedback request to its critique: median, 90th percentile, histogram.
query TimeToFeedback {
  analytics {
    timeToFeedback {
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
`,
  },
  {
    id: 'themes',
    title: 'Feedback themes by polarity',
    query: `# Which themes come up as strengths and which as things to improve.
query FeedbackThemes {
  analytics {
    feedbackThemes {
      theme
      polarity
      count
    }
  }
}
`,
  },
  {
    id: 'goal-impact',
    title: 'Goal impact on offers',
    query: `# Offers per interviewed application, before and after candidates' first completed goal.
query GoalImpact {
  analytics {
    goalImpact {
      candidatesWithCompletedGoals
      offerRateBeforeGoals
      offerRateAfterGoals
    }
  }
}
`,
  },
  {
    id: 'everything',
    title: 'All analytics for a month',
    query: `# Every aggregate over one month; change the variables to move the window.
query MonthOverview($range: DateRange) {
  analytics {
    funnel(range: $range) {
      applied
      offers
    }
    timeToFeedback(range: $range) {
      count
      p50Hours
      p90Hours
    }
    feedbackThemes(range: $range) {
      theme
      polarity
      count
    }
  }
}
`,
  },
];

/** Variables that go with a saved query, as the JSON the variables editor shows. */
export const savedVariables: Record<string, string> = {
  everything: JSON.stringify({ range: { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' } }, null, 2),
};
