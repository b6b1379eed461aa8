import {
  DeclineFeedbackMutation,
  FeedbackRequestQuery,
  FeedbackWorkloadQuery,
  RecordFeedbackMutation,
  toFormErrors,
} from '@pivotal/client';
import { useCallback, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { routeHref } from '../routing/route';
import { navigate } from '../routing/use-route';
import { useNotice } from '../shell/notice';
import { useDocumentTitle } from '../shell/use-document-title';
import { formatDateTime } from '../ui/format';
import { Empty, LoadFailure, Loading } from '../ui/states';
import type { CritiqueInput } from './critique';
import { critiqueErrorsOf } from './critique-errors';
import { CritiqueForm, type SendOutcome } from './critique-form';
import { DeclineForm } from './decline-form';
import { FeedbackView } from './feedback-view';
import { InterviewList } from './interview-list';
import { ApplicationHistory } from './application-history';
import { RequestHolder } from './request-holder';

/** A feedback request opened by staff: the application, its interviews, and the forms to answer it. */
export const RequestScreen = ({ applicationId, viewerId }: { applicationId: string; viewerId: string }) => {
  const [result, refetch] = useQuery({ query: FeedbackRequestQuery, variables: { id: applicationId } });
  const [workload] = useQuery({ query: FeedbackWorkloadQuery });
  const staff = useMemo(() => workload.data?.feedbackWorkload.staff.map((s) => s.staffMember) ?? null, [workload.data]);
  // Raised after an assignment, so the history shows it.
  const [historyKey, setHistoryKey] = useState(0);
  const historyChanged = useCallback(() => setHistoryKey((k) => k + 1), []);
  const [, recordFeedback] = useMutation(RecordFeedbackMutation);
  const [, declineFeedback] = useMutation(DeclineFeedbackMutation);
  const { show } = useNotice();
  const application = result.data?.application;
  useDocumentTitle(application ? `Feedback for ${application.candidate.name}` : 'Feedback request');

  const send = useCallback(
    async (input: CritiqueInput): Promise<SendOutcome> => {
      const sent = await recordFeedback({ input });
      if (sent.error || !sent.data) {
        return sent.error ? { ok: false, ...critiqueErrorsOf(sent.error) } : { ok: false, fieldErrors: {}, message: null };
      }
      show({ on: 'queue', message: `Feedback sent to ${application?.candidate.name ?? 'the candidate'}.` });
      navigate({ name: 'queue' });
      return { ok: true };
    },
    [recordFeedback, show, application?.candidate.name],
  );

  const decline = useCallback(
    async (reason: string): Promise<string | null> => {
      const declined = await declineFeedback({ applicationId, reason });
      if (declined.error || !declined.data) {
        const { message, fieldErrors } = toFormErrors(declined.error);
        return message ?? Object.values(fieldErrors)[0] ?? 'Recording that failed. Please try again.';
      }
      show({ on: 'queue', message: `Recorded that no feedback will come for ${application?.candidate.name ?? 'the candidate'}.` });
      navigate({ name: 'queue' });
      return null;
    },
    [declineFeedback, applicationId, show, application?.candidate.name],
  );

  if (!result.data && result.fetching) return <Loading what="the request" />;
  if (!result.data && result.error) {
    return (
      <>
        <h1>Feedback request</h1>
        <LoadFailure error={result.error} fallback="The request could not be loaded." refetch={refetch} />
      </>
    );
  }
  if (!application) {
    return (
      <>
        <h1>Feedback request</h1>
        <Empty>
          No application {applicationId} in your agency. <a href={routeHref({ name: 'queue' })}>Back to the queue</a>
        </Empty>
      </>
    );
  }

  return (
    <>
      <p>
        <a href={routeHref({ name: 'queue' })}>← Feedback queue</a>
      </p>
      <h1>
        Feedback for {application.candidate.name}: {application.role} at {application.company}
      </h1>
      <section className="card" aria-labelledby="application-title">
        <h2 id="application-title">The application</h2>
        <dl className="facts">
          <dt>Candidate</dt>
          <dd>
            <a href={routeHref({ name: 'candidate', candidateId: application.candidate.id })}>
              {application.candidate.name}
            </a>{' '}
            ({application.candidate.email})
          </dd>
          <dt>Status</dt>
          <dd>{application.status.toLowerCase()}</dd>
          <dt>Applied</dt>
          <dd>{formatDateTime(application.appliedAt)}</dd>
          <dt>Rejected</dt>
          <dd>{formatDateTime(application.rejectedAt)}</dd>
          <dt>Feedback requested</dt>
          <dd>{formatDateTime(application.feedbackRequestedAt)}</dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="interviews-title">
        <h2 id="interviews-title">Interviews</h2>
        <InterviewList interviews={application.interviews} />
      </section>
      {application.feedbackStatus === 'REQUESTED' ? (
        <RequestHolder
          applicationId={application.id}
          subject={`${application.candidate.name}, ${application.role} at ${application.company}`}
          viewerId={viewerId}
          staff={staff}
          onChanged={historyChanged}
        />
      ) : null}
      {application.feedbackStatus === 'REQUESTED' ? (
        <>
          <CritiqueForm applicationId={application.id} onSend={send} />
          <DeclineForm onDecline={decline} />
        </>
      ) : (
        <section className="card" aria-labelledby="answered-title">
          <h2 id="answered-title">
            {application.feedbackStatus === 'RECEIVED'
              ? 'Feedback given'
              : application.feedbackStatus === 'DECLINED'
                ? 'No feedback will come'
                : 'No feedback requested'}
          </h2>
          {application.feedback.length > 0 ? (
            application.feedback.map((feedback) => <FeedbackView key={feedback.id} feedback={feedback} />)
          ) : (
            <p className="muted">
              {application.feedbackStatus === 'NONE'
                ? 'The candidate has not asked for feedback on this application.'
                : 'This request was answered without a critique.'}
            </p>
          )}
        </section>
      )}
      <ApplicationHistory version={historyKey} applicationId={application.id} staff={staff} />
    </>
  );
};
