import { RecordInterviewMutation } from '@pivotal/client';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { formErrorsFor } from '../ui/form-errors';
import { FormMessage, SelectField, TextAreaField, TextField } from '../ui/form-fields';
import { useFormValues } from '../ui/form-values';
import { selfRatingLabels } from '../ui/labels';
import { dateInputToIso, todayForInput } from '../ui/time';

const emptyForm = () => ({ stage: '', selfRating: '', notes: '', occurredOn: todayForInput() });

/** Record an interview that took place: its stage, how it felt, and notes for later. */
export const RecordInterviewForm = ({ applicationId }: { applicationId: string }) => {
  const { values, setValues, change: set } = useFormValues(emptyForm);
  const [saved, setSaved] = useState(false);
  const [result, recordInterview] = useMutation(RecordInterviewMutation);
  const { fieldErrors, message } = formErrorsFor(result.error, [
    'stage',
    'selfRating',
    'notes',
    'occurredAt',
  ]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const occurredAt = dateInputToIso(values.occurredOn);
    const answer = await recordInterview({
      input: {
        applicationId,
        stage: values.stage.trim(),
        ...(values.selfRating ? { selfRating: Number(values.selfRating) } : {}),
        ...(values.notes.trim() ? { notes: values.notes.trim() } : {}),
        ...(occurredAt ? { occurredAt } : {}),
      },
    });
    if (answer.data) {
      setValues(emptyForm());
      setSaved(true);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Record an interview">
      <TextField
        label="Stage"
        hint="For example: phone screen, technical, final."
        required
        value={values.stage}
        onChange={set('stage')}
        error={fieldErrors['stage']}
      />
      <SelectField
        label="How did it go?"
        value={values.selfRating}
        onChange={set('selfRating')}
        error={fieldErrors['selfRating']}
      >
        <option value="">Rather not say</option>
        {Object.entries(selfRatingLabels).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label="Notes"
        hint="What they asked, what you would answer differently."
        value={values.notes}
        onChange={set('notes')}
        error={fieldErrors['notes']}
      />
      <TextField
        label="Date"
        type="date"
        max={todayForInput()}
        value={values.occurredOn}
        onChange={set('occurredOn')}
        error={fieldErrors['occurredAt']}
      />
      <FormMessage message={message} />
      <button type="submit" disabled={result.fetching}>
        {result.fetching ? 'Saving…' : 'Save interview'}
      </button>
      <p className="confirmation" role="status" aria-live="polite">
        {saved ? 'Interview saved.' : null}
      </p>
    </form>
  );
};
