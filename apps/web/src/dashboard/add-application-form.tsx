import { ApplyForJobMutation } from '@pivotal/client';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { formErrorsFor } from '../ui/form-errors';
import { FormMessage, TextField } from '../ui/form-fields';
import { useFormValues } from '../ui/form-values';
import { dateInputToIso, todayForInput } from '../ui/time';

const emptyForm = () => ({ company: '', role: '', appliedOn: todayForInput(), jobUrl: '', location: '' });

/**
 * Log a new application. Each attempt carries an idempotency key, so a double submit or a retry
 * after a dropped answer logs it once; the shared cache adds it to the board.
 */
export const AddApplicationForm = () => {
  const { values, setValues, change } = useFormValues(emptyForm);
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [added, setAdded] = useState<string | null>(null);
  const [result, apply] = useMutation(ApplyForJobMutation);
  const { fieldErrors, message } = formErrorsFor(result.error, [
    'company',
    'role',
    'appliedAt',
    'jobUrl',
    'location',
  ]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    const appliedAt = dateInputToIso(values.appliedOn);
    const answer = await apply({
      input: {
        company: values.company.trim(),
        role: values.role.trim(),
        idempotencyKey,
        ...(appliedAt ? { appliedAt } : {}),
        ...(values.jobUrl.trim() ? { jobUrl: values.jobUrl.trim() } : {}),
        ...(values.location.trim() ? { location: values.location.trim() } : {}),
      },
    });
    if (answer.data) {
      setAdded(`${answer.data.applyForJob.role} at ${answer.data.applyForJob.company} is on your board.`);
      setValues(emptyForm());
      setIdempotencyKey(crypto.randomUUID());
    }
  };

  return (
    <section aria-labelledby="add-title" className="panel">
      <h2 id="add-title">Add an application</h2>
      <form onSubmit={submit} noValidate className="form-row">
        <TextField
          label="Company"
          required
          value={values.company}
          onChange={change('company')}
          error={fieldErrors['company']}
        />
        <TextField
          label="Role"
          required
          value={values.role}
          onChange={change('role')}
          error={fieldErrors['role']}
        />
        <TextField
          label="Applied on"
          type="date"
          value={values.appliedOn}
          max={todayForInput()}
          onChange={change('appliedOn')}
          error={fieldErrors['appliedAt']}
        />
        <TextField
          label="Job ad URL"
          type="url"
          inputMode="url"
          placeholder="https://"
          value={values.jobUrl}
          onChange={change('jobUrl')}
          error={fieldErrors['jobUrl']}
        />
        <TextField
          label="Location"
          value={values.location}
          onChange={change('location')}
          error={fieldErrors['location']}
        />
        <button type="submit" disabled={result.fetching}>
          {result.fetching ? 'Adding…' : 'Add application'}
        </button>
      </form>
      <FormMessage message={message} />
      <p className="confirmation" role="status" aria-live="polite">
        {added}
      </p>
    </section>
  );
};
