import {
  FeedbackViewQuery,
  WriteReflectionMutation,
  labelOf,
  recommendationLabels,
  type FeedbackFields,
  type ResultOf,
} from '@pivotal/client';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from '../routing/router';
import { useDocumentTitle } from '../shell/document-title';
import { formErrorsFor } from '../ui/form-errors';
import { EmptyState, LoadFailure, Loading, MissingState } from '../ui/states';
import { formatDate } from '../ui/time';
import { FeedbackPointItem } from './feedback-point-item';
import { ReflectionPrompt } from './reflection-prompt';

type Feedback = ResultOf<typeof FeedbackFields>;

const skippedKey = (feedbackId: string) => `pivotal.reflection-skipped.${feedbackId}`;

/**
 * The reflection before the feedback: kept on the application by the api once written. A candidate
 * who leaves it blank reads the feedback at once; that choice lasts the browser tab's life only.
 */
const useReflection = (
  applicationId: string,
  feedbackId: string | undefined,
  kept: string | null | undefined,
) => {
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(new Set());
  const [result, writeReflection] = useMutation(WriteReflectionMutation);
  const written = result.data?.writeReflection.reflection?.text ?? kept ?? null;
  const passed =
    feedbackId !== undefined &&
    (skipped.has(feedbackId) || window.sessionStorage.getItem(skippedKey(feedbackId)) !== null);
  const reflect = async (text: string) => {
    if (!feedbackId) return;
    if (text) {
      await writeReflection({ input: { applicationId, text } });
      return;
    }
    window.sessionStorage.setItem(skippedKey(feedbackId), '1');
    setSkipped((before) => new Set(before).add(feedbackId));
  };
  const { fieldErrors, message } = formErrorsFor(result.error, ['text']);
  return {
    reflection: written,
    ready: written !== null || passed,
    reflect,
    saving: result.fetching,
    error: fieldErrors['text'],
    message,
  };
};

/** What the candidate expected, beside what they said. */
const ExpectedPanel = ({ text }: { text: string }) => (
  <section aria-labelledby="own-words-title" className="panel quiet">
    <h2 id="own-words-title">What you expected</h2>
    <p>{text}</p>
  </section>
);

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
  const {
    reflection,
    ready,
    reflect,
    saving,
    error: reflectionError,
    message,
  } = useReflection(applicationId, feedback?.id, application?.reflection?.text);
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
      ) : !ready ? (
        <ReflectionPrompt
          onReady={(text) => void reflect(text)}
          saving={saving}
          error={reflectionError}
          message={message}
        />
      ) : (
        <div className={reflection ? 'side-by-side' : undefined}>
          {reflection ? <ExpectedPanel text={reflection} /> : null}
          <FeedbackBody feedback={feedback} goalPoints={goalPoints} />
        </div>
      )}
    </article>
  );
};
