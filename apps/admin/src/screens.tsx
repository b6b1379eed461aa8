import { lazy, Suspense } from 'react';
import { CandidateScreen } from './candidates/candidate-screen';
import { CandidatesScreen } from './candidates/candidates-screen';
import { ExplorerScreen } from './explorer/explorer-screen';
import { QueueScreen } from './queue/queue-screen';
import { RequestScreen } from './request/request-screen';
import { routeHref, type Route } from './routing/route';
import { homeRouteFor, mayOpen, type AdminRole } from './shell/navigation';
import { useDocumentTitle } from './shell/use-document-title';
import { Empty, Loading } from './ui/states';

// The charts library is most of the app's weight: load it when analytics are first opened.
const AnalyticsScreen = lazy(() =>
  import('./analytics/analytics-screen').then((module) => ({ default: module.AnalyticsScreen })),
);

const NotFound = ({ role }: { role: AdminRole }) => {
  useDocumentTitle('Not found');
  return (
    <>
      <h1>Page not found</h1>
      <Empty>
        There is nothing at this address. <a href={routeHref(homeRouteFor(role))}>Go to the start page</a>
      </Empty>
    </>
  );
};

const NotAllowed = ({ role }: { role: AdminRole }) => {
  useDocumentTitle('Not available');
  return (
    <>
      <h1>Not available to analysts</h1>
      <Empty>
        Analysts see aggregates only, never a person’s data. <a href={routeHref(homeRouteFor(role))}>Go to analytics</a>
      </Empty>
    </>
  );
};

/** The route an address stands for once the role is known: the bare address is the role's home. */
export const effectiveRoute = (route: Route, role: AdminRole): Route =>
  route.name === 'home' ? homeRouteFor(role) : route;

/** The screen for a route, or a refusal when the role may not open it. */
export const Screen = ({ route, role, token, viewerId }: { route: Route; role: AdminRole; token: string; viewerId: string }) => {
  if (!mayOpen(role, route)) return <NotAllowed role={role} />;
  switch (route.name) {
    case 'queue':
      return <QueueScreen view={route.view} viewerId={viewerId} />;
    case 'request':
      return <RequestScreen key={route.applicationId} applicationId={route.applicationId} viewerId={viewerId} />;
    case 'candidates':
      return <CandidatesScreen />;
    case 'candidate':
      return <CandidateScreen key={route.candidateId} candidateId={route.candidateId} />;
    case 'analytics':
      return (
        <Suspense fallback={<Loading what="analytics" />}>
          <AnalyticsScreen />
        </Suspense>
      );
    case 'explorer':
      return <ExplorerScreen token={token} />;
    case 'home':
    case 'not-found':
      return <NotFound role={role} />;
  }
};
