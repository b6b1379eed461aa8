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
import { LogInScreen } from './log-in-screen';

const viewer = { id: 'u1', email: 'ada@example.test', role: 'CANDIDATE', agencyId: 'ag1' };

describe('logging in', () => {
  beforeEach(() => window.history.replaceState(null, '', '/login'));

  it('given the right password, when logging in, then the session starts and the dashboard opens', async () => {
    const token = tokenValidForAnHour();
    const client = clientAnswering({ mutation: () => answer({ login: { token, viewer } }) });
    const store = testSessionStore({ signedIn: false });
    renderScreen(<LogInScreen />, { client, store });

    await userEvent.type(screen.getByLabelText('Email'), ' ada@example.test ');
    await userEvent.type(screen.getByLabelText('Password'), 'correct horse');
    await userEvent.keyboard('{Enter}');

    expect(store.current()?.token).toBe(token);
    expect(window.location.pathname).toBe('/');
    expect(variablesOf(client.executeMutation)).toEqual([
      { email: 'ada@example.test', password: 'correct horse' },
    ]);
  });

  it('given a wrong password, then the message is shown and nobody is signed in', async () => {
    const store = testSessionStore({ signedIn: false });
    renderScreen(<LogInScreen />, {
      client: clientAnswering({
        mutation: () => failure('email or password is wrong', { code: 'UNAUTHENTICATED' }),
      }),
      store,
    });

    await userEvent.type(screen.getByLabelText('Email'), 'ada@example.test');
    await userEvent.type(screen.getByLabelText('Password'), 'nope');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That email and password do not match an account.',
    );
    expect(store.current()).toBeNull();
    expect(window.location.pathname).toBe('/login');
  });

  it('given an email the api refuses, then the message is beside the email field', async () => {
    renderScreen(<LogInScreen />, {
      client: clientAnswering({
        mutation: () => failure('email must be an email address', { code: 'BAD_USER_INPUT', field: 'email' }),
      }),
      store: testSessionStore({ signedIn: false }),
    });
    await userEvent.type(screen.getByLabelText('Email'), 'ada');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Must be an email address.');
  });

  it('given the session just ended, then says so', () => {
    window.history.replaceState(null, '', '/login?ended=1');
    renderScreen(<LogInScreen />, { store: testSessionStore({ signedIn: false }) });
    expect(screen.getByRole('status')).toHaveTextContent('Your session has ended. Please log in again.');
  });
});
