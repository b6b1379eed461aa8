import { useEffect, useRef } from 'react';
import { AccountScreen } from './account/account-screen';
import { ApplicationScreen } from './application/application-screen';
import { LogInScreen } from './auth/log-in-screen';
import { SignUpScreen } from './auth/sign-up-screen';
import { DashboardScreen } from './dashboard/dashboard-screen';
import { FeedbackScreen } from './feedback/feedback-screen';
import { GoalsScreen } from './goals/goals-screen';
import { ImportScreen } from './import/import-screen';
import { matchPath, navigate, useLocation } from './routing/router';
import { useSession } from './session/session-context';
import { Layout } from './shell/layout';
import { NotFoundScreen } from './shell/not-found-screen';

const publicPaths = ['/login', '/signup'];

/** Replaces the current location once rendered (a redirect). */
const Redirect = ({ to }: { to: string }) => {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
};

/** The screen for a signed-in candidate's location. */
const SignedInScreen = ({ location }: { location: string }) => {
  if (matchPath('/', location)) return <DashboardScreen />;
  if (matchPath('/goals', location)) return <GoalsScreen />;
  if (matchPath('/account', location)) return <AccountScreen />;
  if (matchPath('/import', location)) return <ImportScreen />;
  const feedback = matchPath('/applications/:id/feedback', location);
  if (feedback?.['id']) return <FeedbackScreen applicationId={feedback['id']} />;
  const application = matchPath('/applications/:id', location);
  if (application?.['id']) return <ApplicationScreen applicationId={application['id']} />;
  return <NotFoundScreen />;
};

/**
 * Which screen to show: log-in and sign-up when signed out (any other path sends you to log in,
 * saying so when your session just ended), everything else inside the layout when signed in.
 */
export const Routes = () => {
  const location = useLocation();
  const session = useSession();
  const hadSession = useRef(session !== null);
  useEffect(() => {
    hadSession.current = session !== null;
  }, [session]);

  const path = location.split('?')[0] ?? '/';
  if (!session) {
    if (path === '/signup') return <SignUpScreen />;
    if (path === '/login') return <LogInScreen />;
    return <Redirect to={hadSession.current ? '/login?ended=1' : '/login'} />;
  }
  if (publicPaths.includes(path)) return <Redirect to="/" />;
  return (
    <Layout location={location}>
      <SignedInScreen location={location} />
    </Layout>
  );
};
