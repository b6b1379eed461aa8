import type { ResultOf } from '@pivotal/client';
import type { FeedbackRequestRowFields } from '@pivotal/client';
import { routeHref } from '../routing/route';
import { formatDateTime } from '../ui/format';
import { formatWaiting, hoursWaiting, urgencyLabel, urgencyOf } from './waiting-time';

/** One waiting request as the queue query gives it. */
export type FeedbackRequestRow = ResultOf<typeof FeedbackRequestRowFields>;

/** The interview stages an application reached, in order; scheduled ones that did not happen are left out. */
export const stagesReached = (row: FeedbackRequestRow): string[] =>
  row.application.interviews.filter((interview) => interview.occurredAt !== null).map((interview) => interview.stage);

/** One row of the queue: who, where, how far they got, and how long they have waited. */
export const QueueRow = ({ row, now }: { row: FeedbackRequestRow; now: Date }) => {
  const hours = hoursWaiting(row.requestedAt, now);
  const urgency = urgencyOf(hours);
  const label = urgencyLabel(urgency);
  const stages = stagesReached(row);
  return (
    <li className={urgency === 'fresh' ? undefined : urgency}>
      <div className="row">
        <a href={routeHref({ name: 'request', applicationId: row.application.id })}>
          <strong>{row.candidate.name}</strong> — {row.application.role} at {row.application.company}
        </a>
        {label ? <span className={`badge ${urgency}`}>{label}</span> : null}
      </div>
      <p className="muted" style={{ margin: 0 }}>
        {stages.length > 0 ? `Stages reached: ${stages.join(' → ')}.` : 'No interview reached.'} Waiting{' '}
        {formatWaiting(hours)} (requested {formatDateTime(row.requestedAt)}).
      </p>
    </li>
  );
};
