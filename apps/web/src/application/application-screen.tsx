import {
  ApplicationQuery,
  applicationStatusLabels,
  type ApplicationDetailFields,
  type ResultOf,
} from '@pivotal/client';
import { useQuery } from 'urql';
import { Link } from '../routing/router';
import { useDocumentTitle } from '../shell/document-title';
import { LoadFailure, Loading, MissingState } from '../ui/states';
import { formatDate } from '../ui/time';
import { FeedbackStatusPanel } from './feedback-status-panel';
import { JobDetails } from './job-details';
import { FollowUpPanel } from './follow-up-panel';
import { OutcomeActions } from './outcome-actions';
import { RecordInterviewForm } from './record-interview-form';
import { RecordRejectionForm } from './record-rejection-form';
import { Timeline } from './timeline';

type Application = ResultOf<typeof ApplicationDetailFields>;

const Interviews = ({ interviews }: { interviews: Application['interviews'] }) =>
  interviews.length === 0 ? null : (
    <section aria-labelledby="interviews-title" className="panel">
      <h2 id="interviews-title">Interviews</h2>
      <ul className="interviews">
        {interviews.map((interview) => (
          <li key={interview.id}>
            <strong>{interview.stage}</strong>{' '}
            {interview.occurredAt
              ? `on ${formatDate(interview.occurredAt)}`
              : `planned for ${formatDate(interview.scheduledFor)}`}
            {interview.selfRating ? <span className="badge">Felt {interview.selfRating}/5</span> : null}
            {interview.notes ? <p className="notes">{interview.notes}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );

/** What can still happen to an application, by its status. */
const NextSteps = ({ application }: { application: Application }) => {
  const open = application.status === 'APPLIED' || application.status === 'INTERVIEWING';
  if (!open && application.status !== 'OFFER') {
    return (
      <section aria-labelledby="next-title" className="panel">
        <h2 id="next-title">Record what happened</h2>
        <p>This application is closed. Its feedback and timeline stay here.</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="next-title" className="panel">
      <h2 id="next-title">Record what happened</h2>
      {open ? (
        <>
          <details>
            <summary>Record an interview</summary>
            <RecordInterviewForm applicationId={application.id} />
          </details>
          <details>
            <summary>Record a rejection</summary>
            <RecordRejectionForm applicationId={application.id} />
          </details>
        </>
      ) : null}
      <OutcomeActions applicationId={application.id} canOffer={open} />
    </section>
  );
};

/** One application: where it stands, its feedback, what can be recorded next, and its timeline. */
export const ApplicationScreen = ({ applicationId }: { applicationId: string }) => {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ApplicationQuery,
    variables: { id: applicationId },
  });
  const application = data?.application;
  useDocumentTitle(application ? `${application.role} at ${application.company}` : 'Application');

  if (!data && fetching) return <Loading what="the application" />;
  if (!data && error) {
    return <LoadFailure error={error} fallback="The application could not be loaded." refetch={refetch} />;
  }
  if (!application) {
    return (
      <MissingState title="Application not found">
        It may have been removed, or it belongs to someone else. <Link to="/">Back to your dashboard</Link>
      </MissingState>
    );
  }

  return (
    <article aria-labelledby="application-title" className="screen">
      <p className="breadcrumb">
        <Link to="/">Dashboard</Link>
      </p>
      <h1 id="application-title" tabIndex={-1}>
        {application.role} at {application.company}
      </h1>
      <p className="subtitle">
        <span className={`status status-${application.status.toLowerCase()}`}>
          {applicationStatusLabels[application.status]}
        </span>{' '}
        Applied {formatDate(application.appliedAt)}
        {application.rejectedAt ? `, answered no on ${formatDate(application.rejectedAt)}` : ''}
      </p>
      <JobDetails application={application} />
      <FeedbackStatusPanel application={application} />
      <NextSteps application={application} />
      <FollowUpPanel applicationId={application.id} withdrawn={application.status === 'WITHDRAWN'} />
      <Interviews interviews={application.interviews} />
      <Timeline history={application.history} />
    </article>
  );
};
