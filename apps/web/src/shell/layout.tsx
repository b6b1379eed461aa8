import { ViewerQuery } from '@pivotal/client';
import { useEffect, useRef, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { Link, matchPath, navigate } from '../routing/router';
import { useSessionStore } from '../session/session-context';
import { FeedbackNotifier } from './feedback-notifier';
import { ReminderNotifier } from './reminder-notifier';

const NavLink = ({ to, location, children }: { to: string; location: string; children: ReactNode }) => {
  const current =
    to === '/'
      ? matchPath('/', location) !== null || location.startsWith('/applications')
      : location.startsWith(to);
  return (
    <Link to={to} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
};

/**
 * The frame around every signed-in screen: the header with navigation and log-out, the live
 * regions for arriving feedback and reminders falling due, and focus moved to the new screen's heading after navigation.
 */
export const Layout = ({ location, children }: { location: string; children: ReactNode }) => {
  const store = useSessionStore();
  const [{ data }] = useQuery({ query: ViewerQuery });
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [location]);

  const logOut = () => {
    navigate('/login');
    store.signOut();
  };

  const who = data?.me.candidate?.name ?? data?.me.email;

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          Pivotal
        </Link>
        <nav aria-label="Main">
          <NavLink to="/" location={location}>
            Dashboard
          </NavLink>
          <NavLink to="/goals" location={location}>
            Goals
          </NavLink>
          <NavLink to="/account" location={location}>
            Account
          </NavLink>
        </nav>
        <div className="account">
          {who ? <span className="account-name">{who}</span> : null}
          <button type="button" className="button-secondary" onClick={logOut}>
            Log out
          </button>
        </div>
      </header>
      <FeedbackNotifier />
      <ReminderNotifier />
      <main id="main" ref={main} tabIndex={-1}>
        {children}
      </main>
    </div>
  );
};
