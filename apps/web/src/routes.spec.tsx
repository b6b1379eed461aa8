import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Routes } from './routes';
import { stats } from './testing/fixtures';
import {
  answer,
  clientAnswering,
  operationName,
  renderScreen,
  testSessionStore,
} from './testing/render-screen';

const signedInClient = () =>
  clientAnswering({
    query: (request) =>
      operationName(request) === 'Dashboard'
        ? answer({ me: { id: 'u1', candidate: { id: 'c1', name: 'Ada', applications: [], stats: stats() } } })
        : answer({
            me: {
              id: 'u1',
              email: 'ada@example.test',
              role: 'CANDIDATE',
              agencyId: null,
              candidate: { id: 'c1', name: 'Ada' },
            },
          }),
  });

describe('the routes', () => {
  beforeEach(() => window.history.replaceState(null, '', '/'));

  it('given nobody is signed in, when opening any screen, then log in is shown', async () => {
    window.history.replaceState(null, '', '/goals');
    renderScreen(<Routes />, { store: testSessionStore({ signedIn: false }) });
    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/login');
    expect(screen.queryByText(/session has ended/)).not.toBeInTheDocument();
  });

  it('given a signed-in candidate, then the dashboard is shown inside the layout', () => {
    renderScreen(<Routes />, { client: signedInClient() });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Hello, Ada');
    expect(screen.getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
  });

  it('given a signed-in candidate, when the session ends, then log in is shown and says why', async () => {
    const store = testSessionStore();
    renderScreen(<Routes />, { client: signedInClient(), store });
    act(() => store.signOut());
    expect(await screen.findByText('Your session has ended. Please log in again.')).toBeInTheDocument();
    expect(window.location.search).toBe('?ended=1');
  });

  it('given a signed-in candidate, when logging out, then log in is shown without an alarm', async () => {
    const store = testSessionStore();
    renderScreen(<Routes />, { client: signedInClient(), store });
    await userEvent.click(screen.getByRole('button', { name: 'Log out' }));
    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeInTheDocument();
    expect(store.current()).toBeNull();
    expect(screen.queryByText(/session has ended/)).not.toBeInTheDocument();
  });

  it('given a signed-in candidate on the log-in path, then goes to the dashboard', async () => {
    window.history.replaceState(null, '', '/login');
    renderScreen(<Routes />, { client: signedInClient() });
    expect(await screen.findByRole('heading', { name: 'Hello, Ada' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/');
  });

  it('given an unknown path, then says the page is not found', () => {
    window.history.replaceState(null, '', '/nowhere');
    renderScreen(<Routes />, { client: signedInClient() });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Page not found');
  });
});
