import { CandidateProfileQuery, humanize, labelOf, themeLabels } from '@pivotal/client';
import { useQuery } from 'urql';
import { FeedbackView } from '../request/feedback-view';
import { routeHref } from '../routing/route';
import { useDocumentTitle } from '../shell/use-document-title';
import { formatDate } from '../ui/format';
import { Empty, LoadFailure, Loading } from '../ui/states';
import { EraseCandidate } from './erase-candidate';

const goalBadge: Record<string, string> = { OPEN: '', COMPLETED: 'ok', ABANDONED: 'stale' };

/** One candidate for staff: numbers, applications with the feedback given, and goals made from it. */
export const CandidateScreen = ({ candidateId }: { candidateId: string }) => {
  const [result, refetch] = useQuery({ query: CandidateProfileQuery, variables: { id: candidateId } });
  const candidate = result.data?.candidate;
  useDocumentTitle(candidate ? candidate.name : 'Candidate');

  if (!result.data && result.fetching) return <Loading what="the candidate" />;
  if (!result.data && result.error) {
    return (
      <>
        <h1>Candidate</h1>
        <LoadFailure error={result.error} fallback="The candidate could not be loaded." refetch={refetch} />
      </>
    );
  }
  if (!candidate) {
    return (
      <>
        <h1>Candidate</h1>
        <Empty>
          No candidate {candidateId} in your agency. <a href={routeHref({ name: 'candidates' })}>All candidates</a>
        </Empty>
      </>
    );
  }

  // Which application each feedback belongs to, so a goal can say where it came from.
  const sourceOfFeedback = new Map(
    candidate.applications.flatMap((application) =>
      application.feedback.map((feedback) => [feedback.id, `${application.role} at ${application.company}`] as const),
    ),
  );
  const withFeedback = candidate.applications.filter((application) => application.feedback.length > 0);
  const { stats } = candidate;

  return (
    <>
      <p>
        <a href={routeHref({ name: 'candidates' })}>← Candidates</a>
      </p>
      <h1>{candidate.name}</h1>
      {candidate.erased ? (
        <p className="notice" role="status">
          This candidate was erased: nothing they or staff wrote about them is kept; their numbers stay in the
          agency&apos;s statistics.
        </p>
      ) : (
        <p className="muted">{candidate.email}</p>
      )}
      <section className="card" aria-labelledby="numbers-title">
        <h2 id="numbers-title">In numbers</h2>
        <dl className="facts">
          <dt>Applied</dt>
          <dd>{stats.applied}</dd>
          <dt>Interviewed</dt>
          <dd>{stats.interviewed}</dd>
          <dt>Rejected</dt>
          <dd>{stats.rejected}</dd>
          <dt>Offers</dt>
          <dd>{stats.offers}</dd>
          <dt>Feedback received</dt>
          <dd>{stats.feedbackReceived}</dd>
          <dt>Goals completed</dt>
          <dd>{stats.goalsCompleted}</dd>
        </dl>
      </section>

      <section className="card" aria-labelledby="applications-title">
        <h2 id="applications-title">Applications</h2>
        {candidate.applications.length === 0 ? (
          <Empty>No applications yet.</Empty>
        ) : (
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">Role</th>
                  <th scope="col">Company</th>
                  <th scope="col">Status</th>
                  <th scope="col">Feedback</th>
                  <th scope="col">Applied</th>
                </tr>
              </thead>
              <tbody>
                {candidate.applications.map((application) => (
                  <tr key={application.id}>
                    <td>
                      <a href={routeHref({ name: 'request', applicationId: application.id })}>{application.role}</a>
                    </td>
                    <td>{application.company}</td>
                    <td>{humanize(application.status)}</td>
                    <td>{humanize(application.feedbackStatus)}</td>
                    <td>{formatDate(application.appliedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="card" aria-labelledby="feedback-title">
        <h2 id="feedback-title">Feedback given</h2>
        {withFeedback.length === 0 ? (
          <Empty>No feedback recorded for this candidate yet.</Empty>
        ) : (
          withFeedback.map((application) => (
            <div key={application.id} className="stack">
              <h3>
                {application.role} at {application.company}
              </h3>
              {application.feedback.map((feedback) => (
                <FeedbackView key={feedback.id} feedback={feedback} />
              ))}
            </div>
          ))
        )}
      </section>

      <section className="card" aria-labelledby="goals-title">
        <h2 id="goals-title">Goals</h2>
        {candidate.goals.length === 0 ? (
          <Empty>The candidate has not set any goals yet.</Empty>
        ) : (
          <ul className="list">
            {candidate.goals.map((goal) => (
              <li key={goal.id}>
                <div className="row">
                  <strong>{goal.title}</strong>
                  <span className={`badge ${goalBadge[goal.status] ?? ''}`}>{humanize(goal.status)}</span>
                </div>
                <p className="muted" style={{ margin: 0 }}>
                  {labelOf(themeLabels, goal.theme)} · set {formatDate(goal.setAt)}
                  {goal.completedAt ? ` · completed ${formatDate(goal.completedAt)}` : ''}
                  {goal.fromFeedbackId && sourceOfFeedback.has(goal.fromFeedbackId)
                    ? ` · from the feedback on ${sourceOfFeedback.get(goal.fromFeedbackId)}`
                    : ''}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      {candidate.erased ? null : (
        <EraseCandidate candidateId={candidate.id} onErased={() => refetch({ requestPolicy: 'network-only' })} />
      )}
    </>
  );
};
