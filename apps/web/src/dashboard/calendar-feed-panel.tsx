import { CalendarUrlQuery, ResetCalendarUrlMutation, describeError } from '@pivotal/client';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { FormMessage, TextField } from '../ui/form-fields';
import { LoadFailure, Loading } from '../ui/states';

/** The link itself, with copy and reset. */
const CalendarLink = () => {
  const [{ data, fetching, error }, refetch] = useQuery({ query: CalendarUrlQuery });
  const [reset, resetLink] = useMutation(ResetCalendarUrlMutation);
  const [confirming, setConfirming] = useState(false);
  const [said, setSaid] = useState<string | null>(null);
  const url = reset.data?.resetCalendarUrl ?? data?.calendarUrl;

  if (!url && fetching) return <Loading what="your calendar link" />;
  if (!url && error)
    return <LoadFailure error={error} fallback="Your calendar link could not be loaded." refetch={refetch} />;
  if (!url) return null;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setSaid('Link copied.');
    } catch {
      setSaid('Could not copy: select the link and copy it yourself.');
    }
  };
  const confirmReset = async () => {
    setConfirming(false);
    const answer = await resetLink({});
    if (answer.data)
      setSaid('A new link is ready. The old one no longer works: subscribe again with this one.');
  };

  return (
    <>
      <div className="calendar-url">
        <TextField
          label="Your private calendar link"
          value={url}
          readOnly
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button-secondary" onClick={() => void copy()}>
          Copy link
        </button>
      </div>
      {confirming ? (
        <div className="form-actions" role="group" aria-label="Reset the calendar link">
          <p>Every calendar subscribed to the old link stops updating. Reset it?</p>
          <button type="button" onClick={() => void confirmReset()} disabled={reset.fetching}>
            Yes, reset the link
          </button>
          <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </div>
      ) : (
        <button type="button" className="button-link" onClick={() => setConfirming(true)}>
          Reset link
        </button>
      )}
      <FormMessage message={reset.error ? describeError(reset.error) : null} />
      <p className="confirmation" role="status" aria-live="polite">
        {said}
      </p>
    </>
  );
};

/**
 * The private iCalendar feed of the candidate's interviews and follow-ups, for calendar apps to
 * subscribe to. Folded by default; the link is asked for only when unfolded.
 */
export const CalendarFeedPanel = () => {
  const [open, setOpen] = useState(false);
  return (
    <details className="panel" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Add your interviews and follow-ups to your calendar</summary>
      <p>
        Subscribe to this link and your calendar shows every interview and follow-up here, updated as you
        change them (calendar apps refresh a subscription every few hours).
      </p>
      <ul>
        <li>
          <strong>Google Calendar</strong>: Other calendars, <em>+</em>, From URL; paste the link.
        </li>
        <li>
          <strong>Outlook</strong>: Add calendar, Subscribe from web; paste the link.
        </li>
        <li>
          <strong>Apple Calendar</strong>: File, New Calendar Subscription; paste the link.
        </li>
      </ul>
      <p>Anyone with the link can see these events. If it was shared by mistake, reset it.</p>
      {open ? <CalendarLink /> : null}
    </details>
  );
};
