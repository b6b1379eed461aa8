import { SignUpMutation } from '@pivotal/client';
import type { FormEvent } from 'react';
import { useMutation } from 'urql';
import { Link, navigate } from '../routing/router';
import { useSessionStore } from '../session/session-context';
import { useDocumentTitle } from '../shell/document-title';
import { formErrorsFor } from '../ui/form-errors';
import { FormMessage, TextField } from '../ui/form-fields';
import { useFormValues } from '../ui/form-values';

const fields = ['name', 'email', 'password', 'agencyCode'] as const;

/** Create a candidate account; the agency code (from your careers coach) joins that agency. */
export const SignUpScreen = () => {
  useDocumentTitle('Create your account');
  const store = useSessionStore();
  const { values, change } = useFormValues({ name: '', email: '', password: '', agencyCode: '' });
  const [result, signUp] = useMutation(SignUpMutation);
  const { fieldErrors, message } = formErrorsFor(result.error, fields);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const agencyCode = values.agencyCode.trim();
    const answer = await signUp({
      input: {
        name: values.name.trim(),
        email: values.email.trim(),
        password: values.password,
        ...(agencyCode ? { agencyCode } : {}),
      },
    });
    if (answer.data) {
      store.signIn(answer.data.signUp.token);
      navigate('/', { replace: true });
    }
  };

  return (
    <main className="auth" id="main">
      <p className="brand brand-large">Pivotal</p>
      <h1>Create your account</h1>
      <p className="lead">
        Log every application, ask for feedback after a no, and turn it into your next step.
      </p>
      <form onSubmit={submit} noValidate>
        <TextField
          label="Your name"
          autoComplete="name"
          required
          value={values.name}
          onChange={change('name')}
          error={fieldErrors['name']}
        />
        <TextField
          label="Email"
          type="email"
          autoComplete="email"
          required
          value={values.email}
          onChange={change('email')}
          error={fieldErrors['email']}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          required
          hint="At least 8 characters."
          value={values.password}
          onChange={change('password')}
          error={fieldErrors['password']}
        />
        <TextField
          label="Agency code"
          autoComplete="off"
          hint="From your careers agency. Feedback is requested through them."
          value={values.agencyCode}
          onChange={change('agencyCode')}
          error={fieldErrors['agencyCode']}
        />
        <FormMessage message={message} />
        <button type="submit" disabled={result.fetching}>
          {result.fetching ? 'Creating your account…' : 'Create account'}
        </button>
      </form>
      <p>
        Already have an account? <Link to="/login">Log in</Link>
      </p>
    </main>
  );
};
