import { useEffect, useRef, useState } from 'react';
import type { QueueAssignee, QueueSort, QueueView, WaitingBand } from '../routing/queue-view';
import { SEARCH_MAX } from '../routing/queue-view';
import { useDebounced } from '../ui/use-debounced';

const whose: { value: QueueAssignee; label: string }[] = [
  { value: 'MINE', label: 'Mine' },
  { value: 'UNASSIGNED', label: 'Unassigned' },
  { value: 'EVERYONE', label: 'Everyone' },
];
const bands: { value: WaitingBand | ''; label: string }[] = [
  { value: '', label: 'Any time' },
  { value: 'UNDER_48H', label: 'Under 48 hours' },
  { value: 'FROM_48H_TO_7D', label: '48 hours to 7 days' },
  { value: 'OVER_7D', label: 'Over 7 days' },
];
const orders: { value: QueueSort; label: string }[] = [
  { value: 'OLDEST_FIRST', label: 'Oldest request first' },
  { value: 'LAST_INTERVIEW', label: 'Most recent interview first' },
];

/** Props of the queue's filters. */
export interface QueueFiltersProps {
  view: QueueView;
  /** The name of the colleague whose requests `view.heldBy` shows, once known. */
  heldByName: string | null;
  /** A new view; `replace` for the search text, so that typing is one step back, not one per letter. */
  onChange: (view: QueueView, options?: { replace?: boolean }) => void;
}

/** Whose requests, how long waiting, which company or role, and the order: the view kept in the address. */
export const QueueFilters = ({ view, heldByName, onChange }: QueueFiltersProps) => {
  const [text, setText] = useState(view.search);
  const settled = useDebounced(text.trim(), 300);
  const sent = useRef(view.search);

  // The typed text goes to the address once it settles.
  useEffect(() => {
    if (settled === sent.current) return;
    sent.current = settled;
    onChange({ ...view, search: settled }, { replace: true });
  }, [settled, view, onChange]);

  // Back, forward or a link changed the address: show its text.
  useEffect(() => {
    if (view.search !== sent.current) {
      sent.current = view.search;
      setText(view.search);
    }
  }, [view.search]);

  return (
    <form className="queue-filters row" role="search" aria-label="Queue filters" onSubmit={(event) => event.preventDefault()}>
      <fieldset className="segmented">
        <legend>Whose</legend>
        {whose.map((option) => (
          <label key={option.value}>
            <input
              type="radio"
              name="queue-whose"
              value={option.value}
              checked={!view.heldBy && view.assignee === option.value}
              onChange={() => onChange({ ...view, assignee: option.value, heldBy: null })}
            />{' '}
            {option.label}
          </label>
        ))}
        {view.heldBy ? <span className="badge ok">Held by {heldByName ?? 'a colleague'}</span> : null}
      </fieldset>
      <div className="field">
        <label htmlFor="queue-waiting">Waiting</label>
        <select
          id="queue-waiting"
          value={view.waiting ?? ''}
          onChange={(event) => onChange({ ...view, waiting: (event.target.value || null) as WaitingBand | null })}
        >
          {bands.map((band) => (
            <option key={band.value} value={band.value}>
              {band.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="queue-search">Company or role</label>
        <input id="queue-search" type="search" maxLength={SEARCH_MAX} value={text} onChange={(event) => setText(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="queue-sort">Order</label>
        <select id="queue-sort" value={view.sort} onChange={(event) => onChange({ ...view, sort: event.target.value as QueueSort })}>
          {orders.map((order) => (
            <option key={order.value} value={order.value}>
              {order.label}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
};
