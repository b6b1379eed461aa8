import type { ApplicationEvent } from './application.events';
import type { ApplicationState, ExistingApplication, InterviewRecord } from './application.state';

const withInterview = (
  interviews: readonly InterviewRecord[],
  interviewId: string,
  change: (known: InterviewRecord | undefined) => InterviewRecord,
): InterviewRecord[] => {
  const known = interviews.find((i) => i.interviewId === interviewId);
  return known
    ? interviews.map((i) => (i.interviewId === interviewId ? change(i) : i))
    : [...interviews, change(undefined)];
};

const evolveExisting = (state: ExistingApplication, event: ApplicationEvent): ExistingApplication => {
  switch (event.type) {
    case 'JobApplied':
      return state;
    case 'InterviewScheduled': {
      const { interviewId, stage, scheduledFor } = event.data;
      const interviews = withInterview(state.interviews, interviewId, (known) => ({
        interviewId,
        stage,
        scheduledFor,
        occurredAt: known?.occurredAt ?? null,
      }));
      return { ...state, interviews };
    }
    case 'Interviewed': {
      const { interviewId, stage, occurredAt } = event.data;
      const interviews = withInterview(state.interviews, interviewId, (known) => ({
        interviewId,
        stage,
        scheduledFor: known?.scheduledFor ?? null,
        occurredAt,
      }));
      return { ...state, interviews };
    }
    case 'ApplicationRejected':
      return { ...state, rejectedAt: event.data.rejectedAt };
    case 'OfferReceived':
      return { ...state, offerReceivedAt: event.data.receivedAt };
    case 'ApplicationWithdrawn':
      return { ...state, withdrawnAt: event.data.withdrawnAt };
    case 'FeedbackRequested':
      return { ...state, feedbackStatus: 'REQUESTED', feedbackAgencyId: event.data.agencyId };
    case 'FeedbackReceived':
      return { ...state, feedbackStatus: 'RECEIVED', feedbackId: event.data.feedbackId };
    case 'FeedbackAssigned':
      return { ...state, assigneeId: event.data.assigneeId };
    case 'FeedbackUnassigned':
      return { ...state, assigneeId: null };
    case 'FeedbackDeclined':
      return { ...state, feedbackStatus: 'DECLINED' };
    case 'ReflectionWritten':
      return { ...state, reflection: event.data.text };
    case 'FollowUpSet':
      return { ...state, followUp: { at: event.data.followUpAt, note: event.data.note } };
    case 'FollowUpCleared':
    case 'FollowUpCompleted':
      return { ...state, followUp: null };
  }
};

/** Fold one application event into the state. */
export const evolveApplication = (state: ApplicationState, event: ApplicationEvent): ApplicationState => {
  if (event.type === 'JobApplied') {
    return {
      exists: true,
      applicationId: event.data.applicationId,
      candidateId: event.data.candidateId,
      agencyId: event.data.agencyId,
      appliedAt: event.data.appliedAt,
      interviews: [],
      rejectedAt: null,
      offerReceivedAt: null,
      withdrawnAt: null,
      feedbackStatus: 'NONE',
      feedbackAgencyId: null,
      assigneeId: null,
      feedbackId: null,
      reflection: null,
      followUp: null,
    };
  }
  // An event before JobApplied cannot be written by the decider; ignore it rather than invent an application.
  return state.exists ? evolveExisting(state, event) : state;
};
