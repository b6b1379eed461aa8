import { LogInMutation, toFormErrors } from '@pivotal/client';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Link, navigate, searchParam, useLocation } from '../routing/router';
import { useSessionStore } from '../session/session-context';
import { useDocumentTitle } from '../shell/document-title';
import { formErrorsFor } from '../ui/form-errors';
import { FormMessage, TextField } from '../ui/form-fields';

const wrongCredentials = 'That email and password do not match an account. Check both and try again.';

/** Log in with email and password; says so when you were sent here because your session ended. */
export const LogInScreen = () => {
  useDocumentTitle('Log in');
  const store = useSessionStore();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [result, logIn] = useMutation(LogInMutation);
  const { fieldErrors, message: formMessage } = formErrorsFor(result.error, ['email', 'password']);
  // Here UNAUTHENTICATED means the credentials, not an ended session.
  const message = toFormErrors(result.error).code === 'UNAUTHENTICATED' ? wrongCredentials : formMessage;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await logIn({ email: email.trim(), password });
    if (answer.data) {
      store.signIn(answer.data.login.token);
      navigate('/', { replace: true });
    }
  };

  return (
    <main className="auth" id="main">
      <p className="brand brand-large">Pivotal</p>
      <h1>Log in</h1>
      {searchParam(location, 'erased') ? (
        <p className="notice" role="status">
          Your account was erased. Thank you for using Pivotal.
        </p>
      ) : null}
      {searchParam(location, 'ended') ? (
        <p className="notice" role="status">
          Your session has ended. Please log in again.
        </p>
      ) : null}
      <form onSubmit={submit} noValidate aria-describedby={message ? 'login-message' : undefined}>
        <TextField
          label="Email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={fieldErrors['email']}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fieldErrors['password']}
        />
        <div id="login-message">
          <FormMessage message={message} />
        </div>
        <button type="submit" disabled={result.fetching}>
          {result.fetching ? 'Logging in…' : 'Log in'}
        </button>
      </form>
      <p>
        New to Pivotal? <Link to="/signup">Create an account</Link>
      </p>
    </main>
  );
};
