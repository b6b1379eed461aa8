import type { FeedbackRequestQuery, ResultOf } from '@pivotal/client';
import { formatDateTime } from '../ui/format';
import { Empty } from '../ui/states';

type Interviews = NonNullable<ResultOf<typeof FeedbackRequestQuery>['application']>['interviews'];

/** The interviews of an application with the candidate's own rating (1–5) and notes. */
export const InterviewList = ({ interviews }: { interviews: Interviews }) =>
  interviews.length === 0 ? (
    <Empty>No interviews: the application was turned down before any.</Empty>
  ) : (
    <ol className="list">
      {interviews.map((interview) => (
        <li key={interview.id}>
          <div className="row">
            <strong>{interview.stage}</strong>
            <span className="muted">
              {interview.occurredAt
                ? `Held ${formatDateTime(interview.occurredAt)}`
                : `Scheduled for ${formatDateTime(interview.scheduledFor)}`}
            </span>
          </div>
          <p style={{ margin: 'var(--space-1) 0 0' }}>
            Self-rating:{' '}
            {interview.selfRating === null ? (
              <span className="muted">not given</span>
            ) : (
              <span aria-label={`${interview.selfRating} out of 5`}>{interview.selfRating} / 5</span>
            )}
          </p>
          <p style={{ margin: 0 }}>
            Notes: {interview.notes ? interview.notes : <span className="muted">none</span>}
          </p>
        </li>
      ))}
    </ol>
  );
