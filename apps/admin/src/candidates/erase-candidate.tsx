import { EraseCandidateMutation, toFormErrors } from '@pivotal/client';
import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Field, fieldControl } from '../ui/field';
import { MAX_REASON_LENGTH } from '../request/decline-form';

/** Props of the erasure of one candidate. */
export interface EraseCandidateProps {
  candidateId: string;
  /** Called once the candidate is erased (the page reads them again). */
  onErased: () => void;
}

/**
 * "Erase candidate": staff give a reason (kept, with who erased), read what goes and what stays,
 * and confirm. The erasure cannot be undone.
 */
export const EraseCandidate = ({ candidateId, onErased }: EraseCandidateProps) => {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [result, erase] = useMutation(EraseCandidateMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length === 0) {
      setError('Say why the candidate is erased; the reason is kept with your name.');
      return;
    }
    setError(null);
    const answer = await erase({ candidateId, reason: reason.trim() });
    if (answer.data?.eraseCandidate) {
      onErased();
      return;
    }
    const refusal = toFormErrors(answer.error);
    setError(refusal.fieldErrors['reason'] ?? null);
    setMessage(refusal.message ?? null);
  };

  if (!open) {
    return (
      <section className="card" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>Erase candidate</h2>
        <p className="muted">When the candidate asks to be forgotten (GDPR art. 17).</p>
        <button type="button" className="danger" onClick={() => setOpen(true)}>
          Erase candidate
        </button>
      </section>
    );
  }
  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Erase candidate</h2>
      <p>
        This cannot be undone. Their name, email, every application, interview note, rejection reason, the
        feedback you recorded and their goals become unreadable for good; they can no longer log in. The
        agency&apos;s statistics keep anonymous counts.
      </p>
      <Field id={`${id}-reason`} label="Reason" error={error} alert>
        <textarea
          {...fieldControl(`${id}-reason`, error)}
          value={reason}
          maxLength={MAX_REASON_LENGTH}
          onChange={(e) => setReason(e.target.value)}
        />
      </Field>
      <p className="muted">The reason is kept with your name; write no personal data in it.</p>
      {message ? (
        <p className="field-error" role="alert">
          {message}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="danger" disabled={result.fetching}>
          {result.fetching ? 'Erasing…' : 'Erase for good'}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
};
