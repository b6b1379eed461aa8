import { useEffect, useRef, type ReactNode } from 'react';
import { routeHref, screenKey, type Route } from '../routing/route';
import { DownloadMyData } from './download-my-data';
import { navigationFor, type AdminRole } from './navigation';
import { useNotice } from './notice';

/** Props of the signed-in frame. */
export interface LayoutProps {
  role: AdminRole;
  email: string;
  route: Route;
  onSignOut: () => void;
  /** Let the screen use the full width (the explorer). */
  wide?: boolean;
  children: ReactNode;
}

const sameSection = (item: Route, current: Route): boolean =>
  item.name === current.name ||
  (item.name === 'queue' && current.name === 'request') ||
  (item.name === 'candidates' && current.name === 'candidate');

/** The signed-in frame: skip link, role-aware navigation, who is signed in, sign out, the screen. */
export const Layout = ({ role, email, route, onSignOut, wide, children }: LayoutProps) => {
  const main = useRef<HTMLElement>(null);
  const { notice, dismiss } = useNotice();
  const routeKey = screenKey(route);
  const firstRender = useRef(true);

  // After navigating, move focus to the new screen's heading so screen readers announce it.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = main.current?.querySelector('h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    }
  }, [routeKey]);

  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => (e.preventDefault(), main.current?.focus())}>
        Skip to content
      </a>
      <header className="app-header">
        <a className="brand" href={routeHref({ name: 'home' })}>
          Pivotal admin
        </a>
        <nav className="app-nav" aria-label="Main">
          <ul>
            {navigationFor(role).map((item) => (
              <li key={item.label}>
                <a href={routeHref(item.route)} aria-current={sameSection(item.route, route) ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="app-user">
          <span>
            {email} <span className="badge">{role === 'STAFF' ? 'Staff' : 'Analyst'}</span>
          </span>
          <DownloadMyData />
          <button type="button" className="small" onClick={onSignOut}>
            Log out
          </button>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className={wide ? 'wide' : undefined}>
        {notice && notice.on === route.name ? (
          <div className="notice row" role="status">
            <span>{notice.message}</span>
            <button type="button" className="small" onClick={dismiss}>
              Dismiss
            </button>
          </div>
        ) : null}
        {children}
      </main>
    </>
  );
};
