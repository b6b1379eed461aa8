import { ResponseTargetQuery, SetResponseTargetMutation, toFormErrors } from '@pivotal/client';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { fieldControl, FieldError } from '../ui/field';
import { LoadFailure, Loading } from '../ui/states';
import { parseWorkingDays, TARGET_DAYS, workingDaysText } from './response-target';

const FIELD = 'response-target-days';

/** The agency's response-time promise: what it is, and a form for staff to set or change it. */
export const ResponseTargetForm = () => {
  const [result, refetch] = useQuery({ query: ResponseTargetQuery });
  const [saving, save] = useMutation(SetResponseTargetMutation);
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const current = result.data?.responseTarget?.workingDays ?? null;
  const shown = text ?? (current === null ? '' : String(current));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const parsed = parseWorkingDays(shown);
    if (!parsed.ok) return setError(parsed.error);
    setError(null);
    const sent = await save({ workingDays: parsed.value });
    if (sent.error || !sent.data) {
      const { fieldErrors, message } = toFormErrors(sent.error);
      return setError(fieldErrors['workingDays'] ?? message ?? 'The target could not be saved. Please try again.');
    }
    setText(null);
    setSaved(`Saved: requests are now due within ${workingDaysText(sent.data.setResponseTarget.workingDays)}.`);
  };

  return (
    <section className="card" aria-labelledby="target-title">
      <h2 id="target-title">Response-time promise</h2>
      {!result.data && result.fetching ? <Loading what="the response target" /> : null}
      {!result.data && result.error ? (
        <LoadFailure error={result.error} fallback="The response target could not be loaded." refetch={refetch} />
      ) : null}
      {result.data ? (
        <>
          <p className="muted">
            {current === null
              ? 'No target yet: set one to see each request’s time left.'
              : `Every request answered within ${workingDaysText(current)} (Monday to Friday).`}
          </p>
          <form onSubmit={(event) => void submit(event)} noValidate>
            <div className="field">
              <label htmlFor={FIELD}>
                Working days ({TARGET_DAYS.min} to {TARGET_DAYS.max})
              </label>
              <input
                {...fieldControl(FIELD, error)}
                inputMode="numeric"
                size={4}
                value={shown}
                onChange={(event) => setText(event.target.value)}
              />
              <FieldError id={FIELD} error={error} alert />
            </div>
            <div className="actions">
              <button type="submit" disabled={saving.fetching}>
                {saving.fetching ? 'Saving…' : current === null ? 'Set the target' : 'Change the target'}
              </button>
            </div>
            {saved ? (
              <p role="status" className="muted">
                {saved}
              </p>
            ) : null}
          </form>
        </>
      ) : null}
    </section>
  );
};
