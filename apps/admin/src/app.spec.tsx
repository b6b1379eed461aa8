import { createSessionStore, type SessionStore } from '@pivotal/client';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from './app';
import { queuePage, queueRow, unexpiredToken } from './testing/fixtures';
import { apiError, testClient, type Answers } from './testing/test-client';

const memoryStorage = () => {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
};

const viewer = (role: 'STAFF' | 'ANALYST' | 'CANDIDATE', email: string) => ({
  id: `u-${role}`,
  email,
  role,
  agencyId: 'agency-1',
  candidate: null,
});

const signedInAs = (role: 'STAFF' | 'ANALYST' | 'CANDIDATE', email: string): Answers => ({
  LogIn: { data: { login: { token: unexpiredToken(), viewer: viewer(role, email) } } },
  Viewer: { data: { me: viewer(role, email) } },
  FeedbackQueue: queuePage([queueRow('a1', 'Ada Lovelace', 60)]),
  FeedbackWorkload: 'pending',
  ResponseTarget: 'pending',
  AnalyticsAnsweredWithinTarget: 'pending',
  AnalyticsFunnel: 'pending',
  AnalyticsTimeToFeedback: 'pending',
  AnalyticsFeedbackThemes: 'pending',
  AnalyticsGoalImpact: 'pending',
  AnalyticsFeedbackReadAfterReflection: 'pending',
});

const renderApp = (answers: Answers, store: SessionStore = createSessionStore({ storage: memoryStorage() })) => {
  const fake = testClient(answers);
  render(<App sessionStore={store} createClient={() => fake.client} />);
  return { store, fake };
};

const logIn = async (user: UserEvent, email: string) => {
  await user.type(screen.getByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), 'correct horse');
  await user.click(screen.getByRole('button', { name: 'Log in' }));
};

const navigationLinks = () =>
  within(screen.getByRole('navigation', { name: 'Main' }))
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('the admin app', () => {
  it('asks for both email and password before trying', async () => {
    const user = userEvent.setup({ delay: null });
    const { fake } = renderApp(signedInAs('STAFF', 'sam@agency.test'));
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter your email.');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password.');
    expect(fake.callsOf('LogIn')).toHaveLength(0);
  });

  it('logs staff in to the feedback queue with every screen in the navigation, and logs them out', async () => {
    const user = userEvent.setup({ delay: null });
    const { store, fake } = renderApp(signedInAs('STAFF', 'sam@agency.test'));
    await logIn(user, 'sam@agency.test');
    expect(await screen.findByRole('heading', { level: 1, name: 'Feedback queue' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /Ada Lovelace/ })).toBeInTheDocument();
    expect(navigationLinks()).toEqual(['Feedback queue', 'Candidates', 'Analytics', 'Explorer']);
    expect(fake.callsOf('LogIn')[0]?.variables).toEqual({ email: 'sam@agency.test', password: 'correct horse' });
    expect(store.current()).not.toBeNull();

    await user.click(screen.getByRole('button', { name: 'Log out' }));
    expect(await screen.findByRole('button', { name: 'Log in' })).toBeInTheDocument();
    expect(store.current()).toBeNull();
  });

  it('shows analysts only analytics and the explorer, and keeps them out of personal data', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp(signedInAs('ANALYST', 'ann@agency.test'));
    await logIn(user, 'ann@agency.test');
    // Analytics is a lazily loaded chunk; importing it can take a while on a busy machine.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Analytics' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(navigationLinks()).toEqual(['Analytics', 'Explorer']);
    window.location.hash = '#/candidates';
    expect(await screen.findByRole('heading', { level: 1, name: 'Not available to analysts' })).toBeInTheDocument();
  });

  it('turns candidates away', async () => {
    const user = userEvent.setup({ delay: null });
    const { store } = renderApp(signedInAs('CANDIDATE', 'cleo@example.com'));
    await logIn(user, 'cleo@example.com');
    expect(await screen.findByRole('alert')).toHaveTextContent('This app is for agency staff and analysts.');
    expect(store.current()).toBeNull();
  });

  it('says when the email and password do not match', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp({ LogIn: apiError('UNAUTHENTICATED', 'wrong email or password') });
    await logIn(user, 'sam@agency.test');
    expect(await screen.findByRole('alert')).toHaveTextContent('That email and password do not match an account.');
  });

  it('opens on the screen the address names when already signed in', async () => {
    const store = createSessionStore({ storage: memoryStorage() });
    store.signIn(unexpiredToken());
    window.location.hash = '#/nowhere';
    renderApp(signedInAs('STAFF', 'sam@agency.test'), store);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    window.location.hash = '#/queue';
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Feedback queue' })).toHaveFocus());
  });
});
