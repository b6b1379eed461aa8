import { RecordRejectionMutation } from '@pivotal/client';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { formErrorsFor } from '../ui/form-errors';
import { FormMessage, TextAreaField } from '../ui/form-fields';

/** Record that the answer was no, with the reason if the employer gave one. */
export const RecordRejectionForm = ({ applicationId }: { applicationId: string }) => {
  const [reason, setReason] = useState('');
  const [result, recordRejection] = useMutation(RecordRejectionMutation);
  const { fieldErrors, message } = formErrorsFor(result.error, ['reason']);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await recordRejection({
      input: { applicationId, ...(reason.trim() ? { reason: reason.trim() } : {}) },
    });
    if (answer.data) setReason('');
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Record a rejection">
      <TextAreaField
        label="Reason"
        hint="In their words, if they gave one. Optional."
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={fieldErrors['reason']}
      />
      <FormMessage message={message} />
      <button type="submit" disabled={result.fetching}>
        {result.fetching ? 'Saving…' : 'Save rejection'}
      </button>
    </form>
  );
};
