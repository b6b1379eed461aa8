import { FeedbackQueueChangedSubscription, FeedbackQueueQuery } from '@pivotal/client';
import { useEffect, useRef } from 'react';
import { useQuery, useSubscription } from 'urql';
import { useDocumentTitle } from '../shell/use-document-title';
import { Empty, LoadFailure, Loading, Pager } from '../ui/states';
import { useCursorPages } from '../ui/use-cursor-pages';
import { useNow } from '../ui/use-now';
import { QueueRow } from './queue-row';

/** Requests shown per page. */
export const QUEUE_PAGE_SIZE = 20;

const countEvents = (count = 0) => count + 1;

/** The staff feedback queue: oldest first, urgency marked, refreshed live as requests come and go. */
export const QueueScreen = () => {
  useDocumentTitle('Feedback queue');
  const pages = useCursorPages();
  const now = useNow();
  const [result, refetch] = useQuery({
    query: FeedbackQueueQuery,
    variables: { first: QUEUE_PAGE_SIZE, after: pages.after },
    requestPolicy: 'cache-and-network',
  });
  const [changes] = useSubscription({ query: FeedbackQueueChangedSubscription }, countEvents);
  const seen = useRef(0);

  // Each pushed change refetches the page on screen, so arrivals and answers show without a reload.
  useEffect(() => {
    const count = changes.data ?? 0;
    if (count > seen.current) {
      seen.current = count;
      refetch({ requestPolicy: 'network-only' });
    }
  }, [changes.data, refetch]);

  const queue = result.data?.feedbackQueue;
  return (
    <>
      <h1>Feedback queue</h1>
      <p className="muted">
        Requests for feedback, oldest first. Requests waiting over 48 hours and over 7 days are marked.
      </p>
      <p className="visually-hidden" aria-live="polite">
        {queue ? `${queue.totalCount} ${queue.totalCount === 1 ? 'request' : 'requests'} waiting.` : ''}
      </p>
      {!queue && result.fetching ? <Loading what="the feedback queue" /> : null}
      {!queue && result.error ? (
        <LoadFailure error={result.error} fallback="The queue could not be loaded." refetch={refetch} />
      ) : null}
      {queue && queue.nodes.length === 0 ? (
        <Empty>
          {pages.hasPrevious ? 'No more requests on this page.' : 'No requests are waiting. New ones appear here as they arrive.'}
        </Empty>
      ) : null}
      {queue && queue.nodes.length > 0 ? (
        <>
          <p>
            {queue.totalCount} {queue.totalCount === 1 ? 'request' : 'requests'} waiting.
          </p>
          <ol className="list" aria-label="Waiting requests, oldest first">
            {queue.nodes.map((row) => (
              <QueueRow key={row.application.id} row={row} now={now} />
            ))}
          </ol>
        </>
      ) : null}
      <Pager label="Queue pages" pages={pages} connection={queue} />
    </>
  );
};
