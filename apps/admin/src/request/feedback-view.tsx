import {
  labelOf,
  polarityLabels,
  recommendationLabels,
  themeLabels,
  type FeedbackFields,
  type ResultOf,
} from '@pivotal/client';
import { formatDateTime } from '../ui/format';

/** A recorded feedback as the api gives it. */
export type RecordedFeedback = ResultOf<typeof FeedbackFields>;

/** A recorded critique: when, its summary, recommendation and points in order. */
export const FeedbackView = ({ feedback }: { feedback: RecordedFeedback }) => (
  <article className="stack">
    <p className="muted" style={{ margin: 0 }}>
      Recorded {formatDateTime(feedback.receivedAt)}
      {feedback.recommendation ? ` · Recommendation: ${labelOf(recommendationLabels, feedback.recommendation)}` : ''}
    </p>
    <p>{feedback.summary}</p>
    <ol>
      {[...feedback.points]
        .sort((a, b) => a.index - b.index)
        .map((point) => (
          <li key={point.index}>
            <span className={`badge ${point.polarity === 'STRENGTH' ? 'ok' : 'overdue'}`}>
              {labelOf(polarityLabels, point.polarity)}
            </span>{' '}
            <strong>{labelOf(themeLabels, point.theme)}</strong>: {point.note}
          </li>
        ))}
    </ol>
  </article>
);
