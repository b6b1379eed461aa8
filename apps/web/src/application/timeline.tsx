import type { HistoryEvent } from './timeline-words';
import { timelineWords } from './timeline-words';
import { formatDateTime } from '../ui/time';

/** What happened to an application, oldest first, in words. */
export const Timeline = ({ history }: { history: readonly HistoryEvent[] }) => (
  <section aria-labelledby="timeline-title" className="panel">
    <h2 id="timeline-title">What happened</h2>
    {history.length === 0 ? (
      <p className="column-empty">Nothing yet.</p>
    ) : (
      <ol className="timeline">
        {history.map((event) => (
          <li key={event.position}>
            <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
            <span>{timelineWords(event)}</span>
          </li>
        ))}
      </ol>
    )}
  </section>
);
