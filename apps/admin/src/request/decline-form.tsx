import { useId, useState, type FormEvent } from 'react';
import { Field, fieldControl } from '../ui/field';

/** The longest reason the api accepts. */
export const MAX_REASON_LENGTH = 2000;

/** Props of the form that records that no feedback will come. */
export interface DeclineFormProps {
  /** Records the decline; resolves with a message when the api refused it. */
  onDecline: (reason: string) => Promise<string | null>;
}

/** Record that no feedback will come for a request, with the reason the candidate will see. */
export const DeclineForm = ({ onDecline }: DeclineFormProps) => {
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length === 0) {
      setError('Say why no feedback will come; the candidate will read it.');
      return;
    }
    setError(null);
    setSending(true);
    const refusal = await onDecline(reason.trim());
    setSending(false);
    setError(refusal);
  };

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>No feedback will come</h2>
      <p className="muted">When the employer will not give feedback, tell the candidate so they stop waiting.</p>
      <Field id={`${id}-reason`} label="Reason" error={error} alert>
        <textarea
          {...fieldControl(`${id}-reason`, error)}
          value={reason}
          maxLength={MAX_REASON_LENGTH}
          onChange={(e) => setReason(e.target.value)}
        />
      </Field>
      <div className="actions">
        <button type="submit" className="danger" disabled={sending}>
          {sending ? 'Recording…' : 'Record that no feedback will come'}
        </button>
      </div>
    </form>
  );
};
