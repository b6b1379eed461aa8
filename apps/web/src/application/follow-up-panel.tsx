import {
  ApplicationTrackerQuery,
  ClearFollowUpMutation,
  CompleteFollowUpMutation,
  SetFollowUpMutation,
  describeError,
} from '@pivotal/client';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { formErrorsFor } from '../ui/form-errors';
import { FormMessage, TextAreaField, TextField } from '../ui/form-fields';
import { formatDateTime, todayForInput } from '../ui/time';

/** A `YYYY-MM-DD` date input as the instant 9:00 that day in the user's time zone; null when empty or unreadable. */
export const followUpInstant = (value: string): string | null => {
  if (!value) return null;
  const date = new Date(`${value}T09:00:00`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
};

/** An instant as the `YYYY-MM-DD` of the user's time zone, for the date input. */
const dateForInput = (iso: string): string => todayForInput(new Date(iso));

/**
 * When to follow the application up, and a note of what to do: set, move, clear, or mark done.
 * A withdrawn application takes no new follow-up; an old one can still be cleared.
 */
export const FollowUpPanel = ({
  applicationId,
  withdrawn,
}: {
  applicationId: string;
  withdrawn: boolean;
}) => {
  const [{ data }] = useQuery({ query: ApplicationTrackerQuery, variables: { id: applicationId } });
  const current = data?.application;
  const followUpAt = current?.followUpAt ?? null;
  const [values, setValues] = useState<{ on: string; note: string } | null>(null);
  const shown = values ?? {
    on: followUpAt ? dateForInput(followUpAt) : '',
    note: current?.followUpNote ?? '',
  };
  const [missingDate, setMissingDate] = useState(false);
  const [said, setSaid] = useState<string | null>(null);
  const [setResult, setFollowUp] = useMutation(SetFollowUpMutation);
  const [clearResult, clearFollowUp] = useMutation(ClearFollowUpMutation);
  const [completeResult, completeFollowUp] = useMutation(CompleteFollowUpMutation);
  const { fieldErrors, message } = formErrorsFor(setResult.error, ['followUpAt', 'note']);
  const otherError = describeError(clearResult.error ?? completeResult.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaid(null);
    const at = followUpInstant(shown.on);
    setMissingDate(at === null);
    if (at === null) return;
    const answer = await setFollowUp({
      input: { applicationId, followUpAt: at, note: shown.note.trim() || null },
    });
    if (answer.data) {
      setValues(null);
      setSaid(`Follow-up set for ${formatDateTime(answer.data.setFollowUp.followUpAt)}.`);
    }
  };
  const clear = async () => {
    setSaid(null);
    const answer = await clearFollowUp({ applicationId });
    if (answer.data) {
      setValues({ on: '', note: '' });
      setSaid('Follow-up cleared.');
    }
  };
  const complete = async () => {
    setSaid(null);
    const answer = await completeFollowUp({ applicationId });
    if (answer.data) {
      setValues({ on: '', note: '' });
      setSaid('Follow-up done.');
    }
  };

  return (
    <section aria-labelledby="follow-up-title" className="panel">
      <h2 id="follow-up-title">Follow-up</h2>
      {followUpAt ? (
        <>
          <p>
            Follow up on <time dateTime={followUpAt}>{formatDateTime(followUpAt)}</time>
            {current?.followUpNote ? `: ${current.followUpNote}` : '.'}
          </p>
          <div className="form-actions">
            <button type="button" onClick={() => void complete()} disabled={completeResult.fetching}>
              Mark done
            </button>
            <button
              type="button"
              className="button-secondary"
              onClick={() => void clear()}
              disabled={clearResult.fetching}
            >
              Clear follow-up
            </button>
          </div>
        </>
      ) : (
        <p>
          No follow-up set. Pick a day to check in with the company, and it will show on your dashboard when
          it is due.
        </p>
      )}
      {withdrawn ? (
        <p>This application is withdrawn: it takes no new follow-up.</p>
      ) : (
        <form onSubmit={submit} noValidate aria-label="Set a follow-up">
          <TextField
            label={followUpAt ? 'Move it to' : 'Follow up on'}
            type="date"
            min={todayForInput()}
            required
            value={shown.on}
            onChange={(event) => setValues({ ...shown, on: event.target.value })}
            error={missingDate ? 'Choose a date.' : fieldErrors['followUpAt']}
          />
          <TextAreaField
            label="Note"
            hint="What to do then, for example: email the recruiter. Optional."
            value={shown.note}
            onChange={(event) => setValues({ ...shown, note: event.target.value })}
            error={fieldErrors['note']}
          />
          <FormMessage message={message} />
          <button type="submit" disabled={setResult.fetching}>
            {setResult.fetching ? 'Saving…' : 'Save follow-up'}
          </button>
        </form>
      )}
      <FormMessage message={otherError} />
      <p className="confirmation" role="status" aria-live="polite">
        {said}
      </p>
    </section>
  );
};
