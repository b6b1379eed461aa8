import type { ResultOf } from '@pivotal/client';
import type { FeedbackRequestRowFields } from '@pivotal/client';
import { useCallback } from 'react';
import { routeHref } from '../routing/route';
import { formatDate, formatDateTime } from '../ui/format';
import { AssignmentControl } from './assignment-control';
import { deadlineOf } from './deadline';
import type { StaffChoice } from './use-assignment';
import { formatWaiting, hoursWaiting, urgencyLabel, urgencyOf } from './waiting-time';

/** One waiting request as the queue query gives it. */
export type FeedbackRequestRow = ResultOf<typeof FeedbackRequestRowFields>;

/** The interview stages an application reached, in order; scheduled ones that did not happen are left out. */
export const stagesReached = (row: FeedbackRequestRow): string[] =>
  row.application.interviews.filter((interview) => interview.occurredAt !== null).map((interview) => interview.stage);

/** Props of one row of the queue. */
export interface QueueRowProps {
  row: FeedbackRequestRow;
  now: Date;
  viewerId: string;
  staff: readonly StaffChoice[] | null;
  /** After an assignment was answered: what to announce (null after a refusal). */
  onAssignment: (done: string | null) => void;
}

/** One row of the queue: who, where, how far they got, how long they have waited, who holds it and its time left. */
export const QueueRow = ({ row, now, viewerId, staff, onAssignment }: QueueRowProps) => {
  const hours = hoursWaiting(row.requestedAt, now);
  const urgency = urgencyOf(hours);
  const label = urgencyLabel(urgency);
  const deadline = deadlineOf(row.dueAt, now);
  const stages = stagesReached(row);
  const subject = `${row.candidate.name}, ${row.application.role} at ${row.application.company}`;
  const announce = useCallback(
    (done: string | null) => onAssignment(done && `${row.candidate.name}’s request: ${done}`),
    [onAssignment, row.candidate.name],
  );
  return (
    <li className={urgency === 'fresh' ? undefined : urgency}>
      <div className="row">
        <a href={routeHref({ name: 'request', applicationId: row.application.id })}>
          <strong>{row.candidate.name}</strong> — {row.application.role} at {row.application.company}
        </a>
        {label ? <span className={`badge ${urgency}`}>{label}</span> : null}
        {deadline ? <span className={`badge ${deadline.overdue ? 'stale' : 'ok'}`}>{deadline.text}</span> : null}
      </div>
      <p className="muted" style={{ margin: 0 }}>
        {stages.length > 0 ? `Stages reached: ${stages.join(' → ')}.` : 'No interview reached.'} Waiting{' '}
        {formatWaiting(hours)} (requested {formatDateTime(row.requestedAt)}).
        {row.lastInterviewAt ? ` Last interview ${formatDate(row.lastInterviewAt)}.` : ''}
      </p>
      <AssignmentControl
        applicationId={row.application.id}
        subject={subject}
        holder={row.assignee}
        viewerId={viewerId}
        staff={staff}
        onSettled={announce}
      />
    </li>
  );
};
