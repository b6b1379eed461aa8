import { GoalsQuery, goalStatusLabels, type ResultOf } from '@pivotal/client';
import { useQuery } from 'urql';
import { Link } from '../routing/router';
import { useDocumentTitle } from '../shell/document-title';
import { EmptyState, LoadFailure, Loading } from '../ui/states';
import { GoalCard, type GoalOrigin } from './goal-card';

type Candidate = NonNullable<ResultOf<typeof GoalsQuery>['me']['candidate']>;

/** For each `feedbackId:pointIndex`, the point's words and the application it was about. */
const originsOf = (candidate: Candidate): Map<string, GoalOrigin> =>
  new Map(
    candidate.applications.flatMap((application) =>
      application.feedback.flatMap((feedback) =>
        feedback.points.map((point) => [
          `${feedback.id}:${point.index}`,
          { note: point.note, application: `${application.role} at ${application.company}` },
        ]),
      ),
    ),
  );

const emptyWords = {
  OPEN: (
    <p>
      No open goals. Goals come from feedback: open one from an application&apos;s feedback and choose
      &ldquo;Make this a goal&rdquo;.
    </p>
  ),
  COMPLETED: <p>Nothing completed yet. Each goal you complete shows here.</p>,
  ABANDONED: <p>Nothing abandoned.</p>,
} as const;

/** The candidate's goals: open, completed and abandoned, each with the point it came from. */
export const GoalsScreen = () => {
  useDocumentTitle('Goals');
  const [{ data, fetching, error }, refetch] = useQuery({ query: GoalsQuery });
  const candidate = data?.me.candidate;
  const origins = candidate ? originsOf(candidate) : new Map<string, GoalOrigin>();

  return (
    <section aria-labelledby="goals-title" className="screen">
      <h1 id="goals-title" tabIndex={-1}>
        Your goals
      </h1>
      {!data && fetching ? <Loading what="your goals" /> : null}
      {!data && error ? (
        <LoadFailure error={error} fallback="Your goals could not be loaded." refetch={refetch} />
      ) : null}
      {candidate && candidate.goals.length === 0 ? (
        <EmptyState>
          <p>
            You have no goals yet. When feedback arrives, turn a point to improve into a goal.{' '}
            <Link to="/">Go to your applications</Link>
          </p>
        </EmptyState>
      ) : null}
      {candidate && candidate.goals.length > 0
        ? (['OPEN', 'COMPLETED', 'ABANDONED'] as const).map((status) => {
            const goals = candidate.goals.filter((goal) => goal.status === status);
            const titleId = `goals-${status.toLowerCase()}`;
            return (
              <section key={status} aria-labelledby={titleId} className="panel">
                <h2 id={titleId}>
                  {goalStatusLabels[status]} <span className="count">{goals.length}</span>
                </h2>
                {goals.length === 0 ? (
                  <EmptyState>{emptyWords[status]}</EmptyState>
                ) : (
                  <ul className="goals">
                    {goals.map((goal) => (
                      <GoalCard
                        key={goal.id}
                        goal={goal}
                        origin={
                          goal.fromFeedbackId !== null && goal.pointIndex !== null
                            ? (origins.get(`${goal.fromFeedbackId}:${goal.pointIndex}`) ?? null)
                            : null
                        }
                      />
                    ))}
                  </ul>
                )}
              </section>
            );
          })
        : null}
    </section>
  );
};
