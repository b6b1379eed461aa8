import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  answer,
  clientAnswering,
  failure,
  renderScreen,
  testSessionStore,
  tokenValidForAnHour,
  variablesOf,
} from '../testing/render-screen';
import { SignUpScreen } from './sign-up-screen';

const fillIn = async (agencyCode: string) => {
  await userEvent.type(screen.getByLabelText('Your name'), 'Ada');
  await userEvent.type(screen.getByLabelText('Email'), 'ada@example.test');
  await userEvent.type(screen.getByLabelText('Password'), 'correct horse');
  if (agencyCode) await userEvent.type(screen.getByLabelText('Agency code'), agencyCode);
  await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
};

describe('signing up', () => {
  beforeEach(() => window.history.replaceState(null, '', '/signup'));

  it('given an agency code, when signing up, then the account joins the agency and the session starts', async () => {
    const token = tokenValidForAnHour();
    const client = clientAnswering({
      mutation: () =>
        answer({
          signUp: {
            token,
            viewer: { id: 'u1', email: 'ada@example.test', role: 'CANDIDATE', agencyId: 'ag1' },
          },
        }),
    });
    const store = testSessionStore({ signedIn: false });
    renderScreen(<SignUpScreen />, { client, store });

    await fillIn('NORTHWIND');

    expect(variablesOf(client.executeMutation)).toEqual([
      {
        input: { name: 'Ada', email: 'ada@example.test', password: 'correct horse', agencyCode: 'NORTHWIND' },
      },
    ]);
    expect(store.current()?.token).toBe(token);
    expect(window.location.pathname).toBe('/');
  });

  it('given no agency code, then none is sent', async () => {
    const client = clientAnswering();
    renderScreen(<SignUpScreen />, { client, store: testSessionStore({ signedIn: false }) });
    await fillIn('');
    expect(variablesOf(client.executeMutation)[0]).toEqual({
      input: { name: 'Ada', email: 'ada@example.test', password: 'correct horse' },
    });
    expect(screen.getByRole('button', { name: 'Creating your account…' })).toBeDisabled();
  });

  it('given an unknown agency code, then the message is beside the agency code field', async () => {
    renderScreen(<SignUpScreen />, {
      client: clientAnswering({
        mutation: () =>
          failure('agencyCode names no agency', { code: 'BAD_USER_INPUT', field: 'agencyCode' }),
      }),
      store: testSessionStore({ signedIn: false }),
    });
    await fillIn('NOPE');
    const code = screen.getByLabelText('Agency code');
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(code).toHaveAccessibleDescription(/Names no agency\.$/);
  });

  it('given the email is taken, then the conflict is explained in plain words', async () => {
    renderScreen(<SignUpScreen />, {
      client: clientAnswering({
        mutation: () => failure('an account with this email already exists', { code: 'CONFLICT' }),
      }),
      store: testSessionStore({ signedIn: false }),
    });
    await fillIn('');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That clashes with what has already happened, so nothing was changed. An account with this email already exists.',
    );
  });
});
