import { RequestFeedbackMutation, type ApplicationDetailFields, type ResultOf } from '@pivotal/client';
import { useMutation } from 'urql';
import { Link } from '../routing/router';
import { formErrorsFor } from '../ui/form-errors';
import { FormMessage } from '../ui/form-fields';
import { formatDateTime, formatDuration, useNow } from '../ui/time';

type Application = ResultOf<typeof ApplicationDetailFields>;

/** Feedback can be asked for once the application reached an interview or a rejection. */
export const canAskForFeedback = (application: Application): boolean =>
  application.status === 'REJECTED' ||
  application.interviews.some((interview) => interview.occurredAt !== null);

/** Where the feedback on an application stands: ask for it, wait for it (and for how long), or read it. */
export const FeedbackStatusPanel = ({ application }: { application: Application }) => {
  const now = useNow();
  const [result, requestFeedback] = useMutation(RequestFeedbackMutation);
  const { message } = formErrorsFor(result.error, []);
  const feedbackPath = `/applications/${encodeURIComponent(application.id)}/feedback`;

  return (
    <section aria-labelledby="feedback-title" className="panel">
      <h2 id="feedback-title">Feedback</h2>
      {application.feedbackStatus === 'NONE' && canAskForFeedback(application) ? (
        <>
          <p>
            Ask your agency to find out what the employer thought. It is information for your next interview.
          </p>
          <button
            type="button"
            disabled={result.fetching}
            onClick={() => requestFeedback({ applicationId: application.id })}
          >
            {result.fetching ? 'Asking…' : 'Request feedback'}
          </button>
        </>
      ) : null}
      {application.feedbackStatus === 'NONE' && !canAskForFeedback(application) ? (
        <p>You can ask for feedback after an interview or a rejection.</p>
      ) : null}
      {application.feedbackStatus === 'REQUESTED' && application.feedbackRequestedAt ? (
        <p className="waiting">
          Feedback requested on {formatDateTime(application.feedbackRequestedAt)}.{' '}
          <strong>Waiting for {formatDuration(application.feedbackRequestedAt, now)}.</strong> We will let you
          know when it arrives.
        </p>
      ) : null}
      {application.feedbackStatus === 'RECEIVED' ? (
        <p>
          Your feedback has arrived. <Link to={feedbackPath}>Read the feedback</Link>
        </p>
      ) : null}
      {application.feedbackStatus === 'DECLINED' ? (
        <p>Your agency could not get feedback for this application. The timeline below says why.</p>
      ) : null}
      <FormMessage message={message} />
    </section>
  );
};
