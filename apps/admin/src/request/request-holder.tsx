import { FeedbackHoldingQuery } from '@pivotal/client';
import { useCallback } from 'react';
import { useQuery } from 'urql';
import { AssignmentControl } from '../queue/assignment-control';
import { deadlineOf } from '../queue/deadline';
import type { StaffChoice } from '../queue/use-assignment';
import { useNotice } from '../shell/notice';
import { formatDateTime } from '../ui/format';
import { LoadFailure, Loading } from '../ui/states';
import { useNow } from '../ui/use-now';

/** Props of the request screen's holder card. */
export interface RequestHolderProps {
  applicationId: string;
  subject: string;
  viewerId: string;
  staff: readonly StaffChoice[] | null;
  /** After an assignment was answered (the history reads itself again). */
  onChanged: () => void;
}

/** Who works on a waiting request and by when it is due, with the same assignment actions as the queue. */
export const RequestHolder = ({ applicationId, subject, viewerId, staff, onChanged }: RequestHolderProps) => {
  const [result, refetch] = useQuery({ query: FeedbackHoldingQuery, variables: { applicationId }, requestPolicy: 'cache-and-network' });
  const { show } = useNotice();
  const now = useNow();
  const settled = useCallback(
    (done: string | null) => {
      if (done) show({ on: 'request', message: done });
      refetch({ requestPolicy: 'network-only' });
      onChanged();
    },
    [show, refetch, onChanged],
  );
  const request = result.data?.feedbackRequest;
  const deadline = deadlineOf(request?.dueAt, now);
  return (
    <section className="card" aria-labelledby="holder-title">
      <h2 id="holder-title">Who works on it</h2>
      {!result.data && result.fetching ? <Loading what="who holds the request" /> : null}
      {!result.data && result.error ? (
        <LoadFailure error={result.error} fallback="Who holds the request could not be loaded." refetch={refetch} />
      ) : null}
      {result.data && !request ? <p className="muted">This request is no longer waiting.</p> : null}
      {request ? (
        <>
          <dl className="facts">
            <dt>Held by</dt>
            <dd>
              {request.assignee
                ? `${request.assignee.id === viewerId ? 'You' : request.assignee.name} (since ${formatDateTime(request.assignedAt)})`
                : 'Nobody yet'}
            </dd>
            <dt>Due</dt>
            <dd>
              {deadline ? (
                <>
                  {formatDateTime(request.dueAt)}{' '}
                  <span className={`badge ${deadline.overdue ? 'stale' : 'ok'}`}>{deadline.text}</span>
                </>
              ) : (
                'The agency has set no response target.'
              )}
            </dd>
          </dl>
          <AssignmentControl
            applicationId={applicationId}
            subject={subject}
            holder={request.assignee}
            viewerId={viewerId}
            staff={staff}
            onSettled={settled}
          />
        </>
      ) : null}
    </section>
  );
};
