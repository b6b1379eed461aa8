import type { FeedbackFields, ResultOf } from '@pivotal/client';
import { formatDateTime } from '../ui/format';
import {
  humanize,
  polarityLabels,
  recommendationLabels,
  themeLabels,
  type FeedbackTheme,
  type Polarity,
  type Recommendation,
} from './vocabulary';

/** A recorded feedback as the api gives it. */
export type RecordedFeedback = ResultOf<typeof FeedbackFields>;

const labelOf = <T extends string>(labels: Record<T, string>, value: string): string =>
  labels[value as T] ?? humanize(value);

/** A recorded critique: when, its summary, recommendation and points in order. */
export const FeedbackView = ({ feedback }: { feedback: RecordedFeedback }) => (
  <article className="stack">
    <p className="muted" style={{ margin: 0 }}>
      Recorded {formatDateTime(feedback.receivedAt)}
      {feedback.recommendation
        ? ` · Recommendation: ${labelOf<Recommendation>(recommendationLabels, feedback.recommendation)}`
        : ''}
    </p>
    <p>{feedback.summary}</p>
    <ol>
      {[...feedback.points]
        .sort((a, b) => a.index - b.index)
        .map((point) => (
          <li key={point.index}>
            <span className={`badge ${point.polarity === 'STRENGTH' ? 'ok' : 'overdue'}`}>
              {labelOf<Polarity>(polarityLabels, point.polarity)}
            </span>{' '}
            <strong>{labelOf<FeedbackTheme>(themeLabels, point.theme)}</strong>: {point.note}
          </li>
        ))}
    </ol>
  </article>
);
