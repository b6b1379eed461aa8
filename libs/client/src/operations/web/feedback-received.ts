import { graphql } from '../../graphql';
import { FeedbackFields } from './fragments';

/** Feedback arriving for the signed-in candidate, pushed over the websocket. */
export const FeedbackReceivedSubscription = graphql(
  `
    subscription FeedbackReceived {
      feedbackReceived {
        ...FeedbackFields
      }
    }
  `,
  [FeedbackFields],
);
