import { EraseMyAccountMutation, toFormErrors } from '@pivotal/client';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { navigate } from '../routing/router';
import { useSessionStore } from '../session/session-context';
import { formErrorsFor } from '../ui/form-errors';
import { FormMessage, TextField } from '../ui/form-fields';

const wrongPassword = 'That is not your password. Nothing was erased.';

/**
 * "Erase my account": says plainly what goes and what stays, asks for the password and a
 * confirmation, then erases and logs out.
 */
export const EraseMyAccount = () => {
  const store = useSessionStore();
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState('');
  const [result, erase] = useMutation(EraseMyAccountMutation);
  const { fieldErrors, message: formMessage } = formErrorsFor(result.error, ['password']);
  // Here UNAUTHENTICATED means the password typed again, not an ended session.
  const message = toFormErrors(result.error).code === 'UNAUTHENTICATED' ? wrongPassword : formMessage;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await erase({ password });
    if (answer.data?.eraseMyAccount) {
      navigate('/login?erased=1', { replace: true });
      store.signOut();
    }
  };

  return (
    <section aria-labelledby="erase-title" className="panel">
      <h2 id="erase-title">Erase my account</h2>
      <p>Erasing your account cannot be undone.</p>
      <p>
        <strong>What stays:</strong> anonymous counts in your agency&apos;s statistics (for example, that an
        application was rejected and feedback arrived after two days), with nothing that says who you are.
      </p>
      <p>
        <strong>What goes:</strong> everything else: your name, email and password, and every application,
        company, role, interview note, rejection reason, feedback and goal you recorded. You can no longer log in,
        and your email can be used to sign up again.
      </p>
      <p>Download your data first if you want to keep a copy.</p>
      {confirming ? (
        <form onSubmit={submit} noValidate aria-label="Confirm erasing my account" className="confirm">
          <TextField
            label="Your password"
            hint="Type your password again to confirm it is you."
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={fieldErrors['password']}
          />
          <FormMessage message={message} />
          <button type="submit" className="button-danger" disabled={result.fetching || password.length === 0}>
            {result.fetching ? 'Erasing…' : 'Erase my account for good'}
          </button>
          <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
            Keep my account
          </button>
        </form>
      ) : (
        <button type="button" className="button-danger" onClick={() => setConfirming(true)}>
          Erase my account
        </button>
      )}
    </section>
  );
};
