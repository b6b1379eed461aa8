import { FeedbackQueueChangedSubscription, FeedbackQueueQuery, FeedbackWorkloadQuery } from '@pivotal/client';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useQuery, useSubscription } from 'urql';
import { defaultQueueView, isDefaultQueueView, queueFilterOf, queueViewQuery, type QueueView } from '../routing/queue-view';
import { routeHref } from '../routing/route';
import { navigate } from '../routing/use-route';
import { useNotice } from '../shell/notice';
import { useDocumentTitle } from '../shell/use-document-title';
import { Empty, LoadFailure, Loading, Pager } from '../ui/states';
import { useCursorPages } from '../ui/use-cursor-pages';
import { useNow } from '../ui/use-now';
import { QueueFilters } from './queue-filters';
import { QueueRow } from './queue-row';
import { ResponseTargetForm } from './response-target-form';
import { WorkloadPanel } from './workload-panel';

/** Requests shown per page. */
export const QUEUE_PAGE_SIZE = 20;

/** Each pushed change is a new object, so an effect sees every one. */
const eachChange = () => ({});

const plural = (count: number) => `${count} ${count === 1 ? 'request' : 'requests'}`;

/** Props of the queue screen: the view named by the address, and who is looking. */
export interface QueueScreenProps {
  view?: QueueView;
  viewerId: string;
}

/**
 * The staff feedback queue: filtered and sorted as the address says, each request's holder and
 * time left against the agency's target, the team's workload, and live updates as colleagues work.
 */
export const QueueScreen = ({ view = defaultQueueView, viewerId }: QueueScreenProps) => {
  useDocumentTitle('Feedback queue');
  const pages = useCursorPages();
  const { reset } = pages;
  const viewKey = queueViewQuery(view);
  useEffect(() => reset(), [viewKey, reset]);
  const now = useNow();
  const { show } = useNotice();
  const filter = useMemo(() => queueFilterOf(view), [view]);
  const [result, refetch] = useQuery({
    query: FeedbackQueueQuery,
    variables: { first: QUEUE_PAGE_SIZE, after: pages.after, filter, sort: view.sort },
    requestPolicy: 'cache-and-network',
  });
  const [workloadResult, refetchWorkload] = useQuery({ query: FeedbackWorkloadQuery, requestPolicy: 'cache-and-network' });
  const [changes] = useSubscription({ query: FeedbackQueueChangedSubscription, variables: { filter, sort: view.sort } }, eachChange);
  const seen = useRef<object | undefined>(undefined);

  const readAgain = useCallback(() => {
    refetch({ requestPolicy: 'network-only' });
    refetchWorkload({ requestPolicy: 'network-only' });
  }, [refetch, refetchWorkload]);

  // Each pushed change (a request asked, answered or (re)assigned) reads the page on screen again.
  useEffect(() => {
    if (changes.data && changes.data !== seen.current) {
      seen.current = changes.data;
      readAgain();
    }
  }, [changes.data, readAgain]);

  const changeView = useCallback(
    (next: QueueView, options?: { replace?: boolean }) => navigate({ name: 'queue', view: next }, options),
    [],
  );
  const onAssignment = useCallback(
    (done: string | null) => {
      if (done) show({ on: 'queue', message: done });
      readAgain();
    },
    [show, readAgain],
  );

  const workload = workloadResult.data?.feedbackWorkload;
  const staff = useMemo(() => workload?.staff.map((s) => s.staffMember) ?? null, [workload]);
  const heldByName = view.heldBy ? (staff?.find((s) => s.id === view.heldBy)?.name ?? null) : null;
  const queue = result.data?.feedbackQueue;
  const order = view.sort === 'LAST_INTERVIEW' ? 'most recent interview first' : 'oldest first';

  return (
    <>
      <h1>Feedback queue</h1>
      <p className="muted">
        Requests for feedback not yet answered. Requests waiting over 48 hours and over 7 days are marked; the filters stay in
        the address, so a view can be bookmarked and shared.
      </p>
      <div className="queue-layout">
        <div className="queue-main">
          <QueueFilters view={view} heldByName={heldByName} onChange={changeView} />
          <p className="visually-hidden" aria-live="polite">
            {queue ? `${plural(queue.totalCount)} in this view.` : ''}
          </p>
          {!queue && result.fetching ? <Loading what="the feedback queue" /> : null}
          {!queue && result.error ? (
            <LoadFailure error={result.error} fallback="The queue could not be loaded." refetch={refetch} />
          ) : null}
          {queue && queue.nodes.length === 0 ? (
            <Empty>
              {pages.hasPrevious ? (
                'No more requests on this page.'
              ) : isDefaultQueueView(view) ? (
                'No requests are waiting. New ones appear here as they arrive.'
              ) : (
                <>
                  No waiting request matches this view. <a href={routeHref({ name: 'queue' })}>Show every waiting request</a>
                </>
              )}
            </Empty>
          ) : null}
          {queue && queue.nodes.length > 0 ? (
            <>
              <p>{plural(queue.totalCount)} in this view.</p>
              <ol className="list" aria-label={`Waiting requests, ${order}`}>
                {queue.nodes.map((row) => (
                  <QueueRow
                    key={row.application.id}
                    row={row}
                    now={now}
                    viewerId={viewerId}
                    staff={staff}
                    onAssignment={onAssignment}
                  />
                ))}
              </ol>
            </>
          ) : null}
          <Pager label="Queue pages" pages={pages} connection={queue} />
        </div>
        <aside className="queue-side">
          <section className="card" aria-labelledby="workload-title">
            <h2 id="workload-title">Workload</h2>
            {!workload && workloadResult.fetching ? <Loading what="the workload" /> : null}
            {!workload && workloadResult.error ? (
              <LoadFailure error={workloadResult.error} fallback="The workload could not be loaded." refetch={refetchWorkload} />
            ) : null}
            {workload ? <WorkloadPanel workload={workload} viewerId={viewerId} view={view} /> : null}
          </section>
          <ResponseTargetForm />
        </aside>
      </div>
    </>
  );
};
