import { ApplicationHistoryQuery } from '@pivotal/client';
import { formatDateTime } from '../ui/format';
import { LoadFailure, Loading } from '../ui/states';
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { describeHistoryEvent } from './history-entry';
import type { StaffChoice } from '../queue/use-assignment';

/** The application's events, oldest first, in words: applied, interviews, the request, who was assigned it, the answer. */
export const ApplicationHistory = ({
  applicationId,
  staff,
  version,
}: {
  applicationId: string;
  staff: readonly StaffChoice[] | null;
  /** Raised after a change on this screen: the history is read again. */
  version: number;
}) => {
  const [result, refetch] = useQuery({ query: ApplicationHistoryQuery, variables: { id: applicationId } });
  useEffect(() => {
    if (version > 0) refetch({ requestPolicy: 'network-only' });
  }, [version, refetch]);
  const nameOf = (id: unknown) => staff?.find((s) => s.id === id)?.name ?? 'a staff member';
  const history = result.data?.application?.history;
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      {!history && result.fetching ? <Loading what="the history" /> : null}
      {!history && result.error ? <LoadFailure error={result.error} fallback="The history could not be loaded." refetch={refetch} /> : null}
      {history ? (
        <ol className="history" aria-label="What happened, oldest first">
          {history.map((event) => (
            <li key={event.position}>
              <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time> — {describeHistoryEvent(event, nameOf)}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
};
