import {
  FeedbackViewQuery,
  labelOf,
  recommendationLabels,
  type FeedbackFields,
  type ResultOf,
} from '@pivotal/client';
import { useState } from 'react';
import { useQuery } from 'urql';
import { Link } from '../routing/router';
import { useDocumentTitle } from '../shell/document-title';
import { EmptyState, LoadFailure, Loading, MissingState } from '../ui/states';
import { formatDate } from '../ui/time';
import { FeedbackPointItem } from './feedback-point-item';
import { ReflectionPrompt } from './reflection-prompt';

type Feedback = ResultOf<typeof FeedbackFields>;

const reflectionKey = (feedbackId: string) => `pivotal.reflection.${feedbackId}`;

/** Whether the candidate already paused before this feedback (kept for the browser tab's life). */
const useReflection = (feedbackId: string | undefined) => {
  const [reflections, setReflections] = useState<Record<string, string>>({});
  const stored = feedbackId
    ? (reflections[feedbackId] ?? window.sessionStorage.getItem(reflectionKey(feedbackId)))
    : null;
  const reflect = (text: string) => {
    if (!feedbackId) return;
    window.sessionStorage.setItem(reflectionKey(feedbackId), text);
    setReflections((before) => ({ ...before, [feedbackId]: text }));
  };
  return { reflection: stored, reflect };
};

const FeedbackBody = ({ feedback, goalPoints }: { feedback: Feedback; goalPoints: ReadonlySet<string> }) => (
  <section aria-labelledby="points-title" className="panel">
    <h2 id="points-title">What they said</h2>
    <p className="subtitle">Received {formatDate(feedback.receivedAt)}</p>
    <p className="summary">{feedback.summary}</p>
    {feedback.recommendation ? (
      <p>Overall: {labelOf(recommendationLabels, feedback.recommendation)}</p>
    ) : null}
    <ul className="points">
      {feedback.points.map((point) => (
        <FeedbackPointItem
          key={point.index}
          feedbackId={feedback.id}
          point={point}
          hasGoal={goalPoints.has(`${feedback.id}:${point.index}`)}
        />
      ))}
    </ul>
  </section>
);

/**
 * The feedback on one application: first a short reflection prompt, then each point with its
 * theme and whether it is a strength or something to improve, and "make this a goal".
 */
export const FeedbackScreen = ({ applicationId }: { applicationId: string }) => {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: FeedbackViewQuery,
    variables: { applicationId },
  });
  const application = data?.application;
  const feedback = application?.feedback.at(-1);
  const { reflection, reflect } = useReflection(feedback?.id);
  useDocumentTitle(application ? `Feedback: ${application.role} at ${application.company}` : 'Feedback');

  if (!data && fetching) return <Loading what="the feedback" />;
  if (!data && error) {
    return <LoadFailure error={error} fallback="The feedback could not be loaded." refetch={refetch} />;
  }
  if (!application) {
    return (
      <MissingState title="Application not found">
        <Link to="/">Back to your dashboard</Link>
      </MissingState>
    );
  }

  const goalPoints = new Set(
    (data?.me.candidate?.goals ?? []).flatMap((goal) =>
      goal.fromFeedbackId !== null && goal.pointIndex !== null
        ? [`${goal.fromFeedbackId}:${goal.pointIndex}`]
        : [],
    ),
  );

  return (
    <article aria-labelledby="feedback-screen-title" className="screen">
      <p className="breadcrumb">
        <Link to={`/applications/${encodeURIComponent(application.id)}`}>
          {application.role} at {application.company}
        </Link>
      </p>
      <h1 id="feedback-screen-title" tabIndex={-1}>
        Feedback
      </h1>
      {!feedback ? (
        <EmptyState>
          <p>
            {application.feedbackStatus === 'REQUESTED'
              ? 'Your feedback has not arrived yet. We will let you know as soon as it does.'
              : 'There is no feedback on this application.'}
          </p>
        </EmptyState>
      ) : reflection === null ? (
        <ReflectionPrompt onReady={reflect} />
      ) : (
        <>
          {reflection ? (
            <section aria-labelledby="own-words-title" className="panel quiet">
              <h2 id="own-words-title">Your thoughts before reading</h2>
              <p>{reflection}</p>
            </section>
          ) : null}
          <FeedbackBody feedback={feedback} goalPoints={goalPoints} />
        </>
      )}
    </article>
  );
};
