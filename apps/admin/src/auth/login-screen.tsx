import { LogInMutation, toFormErrors } from '@pivotal/client';
import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useDocumentTitle } from '../shell/use-document-title';
import { Field, fieldControl } from '../ui/field';

/** Props of the log-in screen. */
export interface LoginScreenProps {
  /** Keeps the token of a staff member or analyst who logged in. */
  onSignedIn: (token: string) => void;
}

/** Log in with email and password; candidate accounts are turned away to the candidate app. */
export const LoginScreen = ({ onSignedIn }: LoginScreenProps) => {
  useDocumentTitle('Log in');
  const id = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [missing, setMissing] = useState<{ email?: string; password?: string }>({});
  const [{ fetching }, logIn] = useMutation(LogInMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const absent = {
      ...(email.trim() ? {} : { email: 'Enter your email.' }),
      ...(password ? {} : { password: 'Enter your password.' }),
    };
    setMissing(absent);
    setProblem(null);
    if (Object.keys(absent).length > 0) return;
    const result = await logIn({ email: email.trim(), password });
    const payload = result.data?.login;
    if (!payload) {
      const { message, fieldErrors, code } = toFormErrors(result.error);
      setProblem(
        code === 'UNAUTHENTICATED' || code === 'BAD_USER_INPUT'
          ? 'That email and password do not match an account.'
          : (message ?? Object.values(fieldErrors)[0] ?? 'Logging in failed. Please try again.'),
      );
      return;
    }
    if (payload.viewer.role === 'CANDIDATE') {
      setProblem('This app is for agency staff and analysts. Candidates use the Pivotal app instead.');
      return;
    }
    onSignedIn(payload.token);
  };

  return (
    <main id="main" className="login">
      <h1>Pivotal admin</h1>
      <p className="muted">For agency staff and analysts.</p>
      <form className="card" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>Log in</h2>
        {problem ? (
          <p className="field-error" role="alert">
            {problem}
          </p>
        ) : null}
        <Field id={`${id}-email`} label="Email" error={missing.email}>
          <input
            {...fieldControl(`${id}-email`, missing.email)}
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </Field>
        <Field id={`${id}-password`} label="Password" error={missing.password}>
          <input
            {...fieldControl(`${id}-password`, missing.password)}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
        <div className="actions">
          <button type="submit" className="primary" disabled={fetching}>
            {fetching ? 'Logging in…' : 'Log in'}
          </button>
        </div>
      </form>
    </main>
  );
};
