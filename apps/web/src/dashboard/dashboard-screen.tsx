import { DashboardQuery } from '@pivotal/client';
import { useQuery } from 'urql';
import { useDocumentTitle } from '../shell/document-title';
import { ErrorState, LoadFailure, Loading } from '../ui/states';
import { AddApplicationForm } from './add-application-form';
import { ApplicationBoard } from './application-board';
import { CsvActions } from './csv-actions';
import { CalendarFeedPanel } from './calendar-feed-panel';
import { RemindersPanel } from './reminders-panel';
import { StatsPanel } from './stats-panel';

/** The dashboard: the candidate's numbers, the board of applications by status, and a form to add one. */
export const DashboardScreen = () => {
  useDocumentTitle('Dashboard');
  const [{ data, fetching, error }, refetch] = useQuery({ query: DashboardQuery });
  const candidate = data?.me.candidate;

  return (
    <section aria-labelledby="dashboard-title" className="screen">
      <h1 id="dashboard-title" tabIndex={-1}>
        {candidate ? `Hello, ${candidate.name}` : 'Your dashboard'}
      </h1>
      {!data && fetching ? <Loading what="your applications" /> : null}
      {!data && error ? (
        <LoadFailure error={error} fallback="Your applications could not be loaded." refetch={refetch} />
      ) : null}
      {data && !candidate ? (
        <ErrorState message="This account has no candidate profile. The candidate app is for candidates; staff use the admin app." />
      ) : null}
      {candidate ? (
        <>
          <RemindersPanel />
          <StatsPanel stats={candidate.stats} />
          <AddApplicationForm />
          <ApplicationBoard applications={candidate.applications} />
          <CsvActions />
          <CalendarFeedPanel />
        </>
      ) : null}
    </section>
  );
};
