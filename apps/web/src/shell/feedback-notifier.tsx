import { FeedbackReceivedSubscription, type ResultOf } from '@pivotal/client';
import { useSubscription } from 'urql';
import { useState } from 'react';
import { Link } from '../routing/router';

type Arrival = ResultOf<typeof FeedbackReceivedSubscription>['feedbackReceived'];

/**
 * Listens for feedback arriving for the signed-in candidate and says so in a polite live region,
 * with a link to read it. The shared cache updates the application itself.
 */
export const FeedbackNotifier = () => {
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const [{ data: arrivals }] = useSubscription<ResultOf<typeof FeedbackReceivedSubscription>, Arrival[]>(
    { query: FeedbackReceivedSubscription },
    (previous = [], event) => [
      event.feedbackReceived,
      ...previous.filter((f) => f.id !== event.feedbackReceived.id),
    ],
  );
  const shown = (arrivals ?? []).filter((feedback) => !dismissed.has(feedback.id));

  return (
    <div className="notifications" role="status" aria-live="polite">
      {shown.map((feedback) => (
        <div className="notification" key={feedback.id}>
          <p>
            <strong>New feedback has arrived.</strong> Take a moment before you read it.
          </p>
          <div className="notification-actions">
            <Link
              to={`/applications/${encodeURIComponent(feedback.applicationId)}/feedback`}
              onClick={() => setDismissed((before) => new Set(before).add(feedback.id))}
            >
              Read the feedback
            </Link>
            <button
              type="button"
              className="button-link"
              onClick={() => setDismissed((before) => new Set(before).add(feedback.id))}
            >
              Dismiss
            </button>
          </div>
        </div>
      ))}
    </div>
  );
};
