import { AlreadyExists, Forbidden, InvalidInput, NotFound, RuleBroken } from '../shared/errors';
import {
  HAPPENED_MAX_AHEAD_MS,
  MAX_FEEDBACK_POINTS,
  SCHEDULED_MAX_AHEAD_MS,
  SELF_RATING,
  TEXT_LIMITS,
} from '../shared/limits';
import {
  boundedInstant,
  instant,
  integerBetween,
  oneOf,
  optionalText,
  optionalWebUrl,
  requiredText,
} from '../shared/validate';
import { FEEDBACK_THEMES, POLARITIES, RECOMMENDATIONS } from '../shared/vocabulary';
import type { ApplicationCommand, ApplyForJob, FeedbackPointInput } from './application.commands';
import type { ApplicationEvent, FeedbackPoint, JobApplied } from './application.events';
import type { ApplicationState, ExistingApplication } from './application.state';
import { decideAssignment } from './decide-assignment';
import { decideTracker } from './decide-tracker';

const existing = (state: ApplicationState, applicationId: string): ExistingApplication => {
  if (!state.exists) throw new NotFound('application', applicationId);
  return state;
};

const ownedBy = (state: ExistingApplication, actorId: string, doing: string): void => {
  if (state.candidateId !== actorId) {
    throw new Forbidden(`only the candidate who owns this application can ${doing}`);
  }
};

const notWithdrawn = (state: ExistingApplication): void => {
  if (state.withdrawnAt !== null) throw new RuleBroken('nothing happens to an application after it is withdrawn');
};

const interviewStillPossible = (state: ExistingApplication): void => {
  if (state.rejectedAt !== null) throw new RuleBroken('no interview after a rejection');
  if (state.offerReceivedAt !== null) throw new RuleBroken('no interview after an offer');
};

const feedbackIsRequested = (state: ExistingApplication, doing: string): void => {
  switch (state.feedbackStatus) {
    case 'NONE':
      throw new RuleBroken(`feedback is ${doing} only after the candidate requests it`);
    case 'RECEIVED':
      throw new RuleBroken(`feedback was already received: it is ${doing} only while requested`);
    case 'DECLINED':
      throw new RuleBroken(`feedback was already declined: it is ${doing} only while requested`);
    case 'REQUESTED':
      return;
  }
};

const fromRequestedAgency = (state: ExistingApplication, staffAgencyId: string | null, doing: string): void => {
  if (staffAgencyId === null || staffAgencyId !== state.feedbackAgencyId) {
    throw new Forbidden(`only staff of the agency the request went to can ${doing} its feedback`);
  }
};

const feedbackPoints = (points: readonly FeedbackPointInput[] | undefined): FeedbackPoint[] => {
  if (!Array.isArray(points) || points.length === 0) throw new InvalidInput('points', 'must hold at least one point');
  if (points.length > MAX_FEEDBACK_POINTS) {
    throw new InvalidInput('points', `must hold at most ${MAX_FEEDBACK_POINTS} points`);
  }
  return points.map((point: FeedbackPointInput, i) => ({
    theme: oneOf(point.theme, FEEDBACK_THEMES, `points[${i}].theme`),
    polarity: oneOf(point.polarity, POLARITIES, `points[${i}].polarity`),
    note: requiredText(point.note, `points[${i}].note`, TEXT_LIMITS.pointNote),
  }));
};

/** The optional details of an application, each present only when given. */
const jobDetails = (data: ApplyForJob['data']): Pick<JobApplied['data'], 'jobUrl' | 'location' | 'notes'> => {
  const jobUrl = optionalWebUrl(data.jobUrl, 'jobUrl', TEXT_LIMITS.jobUrl);
  const location = optionalText(data.location, 'location', TEXT_LIMITS.location);
  const notes = optionalText(data.notes, 'notes', TEXT_LIMITS.notes);
  return {
    ...(jobUrl === null ? {} : { jobUrl }),
    ...(location === null ? {} : { location }),
    ...(notes === null ? {} : { notes }),
  };
};

/** Decide what an application command means, or refuse it with a domain error. */
export const decideApplication = (command: ApplicationCommand, state: ApplicationState): ApplicationEvent[] => {
  switch (command.type) {
    case 'ApplyForJob': {
      const { data } = command;
      if (state.exists) throw new AlreadyExists('application', data.applicationId);
      if (data.actorId !== data.candidateId) throw new Forbidden('only the candidate can log its own applications');
      return [
        {
          type: 'JobApplied',
          data: {
            applicationId: data.applicationId,
            candidateId: data.candidateId,
            agencyId: data.agencyId,
            company: requiredText(data.company, 'company', TEXT_LIMITS.company),
            role: requiredText(data.role, 'role', TEXT_LIMITS.role),
            appliedAt: boundedInstant(data.appliedAt ?? data.now, 'appliedAt', data.now, HAPPENED_MAX_AHEAD_MS),
            ...jobDetails(data),
          },
        },
      ];
    }

    case 'ScheduleInterview': {
      const { data } = command;
      const application = existing(state, data.applicationId);
      ownedBy(application, data.actorId, 'schedule its interviews');
      notWithdrawn(application);
      interviewStillPossible(application);
      if (application.interviews.some((i) => i.interviewId === data.interviewId)) {
        throw new RuleBroken('an interview is scheduled once');
      }
      return [
        {
          type: 'InterviewScheduled',
          data: {
            applicationId: data.applicationId,
            interviewId: data.interviewId,
            stage: requiredText(data.stage, 'stage', TEXT_LIMITS.stage),
            scheduledFor: boundedInstant(data.scheduledFor, 'scheduledFor', data.now, SCHEDULED_MAX_AHEAD_MS),
          },
        },
      ];
    }

    case 'RecordInterview': {
      const { data } = command;
      const application = existing(state, data.applicationId);
      ownedBy(application, data.actorId, 'record its interviews');
      notWithdrawn(application);
      interviewStillPossible(application);
      const scheduled = application.interviews.find((i) => i.interviewId === data.interviewId);
      if (scheduled?.occurredAt) throw new RuleBroken('an interview is recorded once');
      const stage = optionalText(data.stage, 'stage', TEXT_LIMITS.stage) ?? scheduled?.stage;
      if (stage === undefined) throw new InvalidInput('stage', 'is required for an interview that was not scheduled');
      const selfRating =
        data.selfRating === null || data.selfRating === undefined
          ? null
          : integerBetween(data.selfRating, 'selfRating', SELF_RATING.min, SELF_RATING.max);
      return [
        {
          type: 'Interviewed',
          data: {
            applicationId: data.applicationId,
            interviewId: data.interviewId,
            stage,
            occurredAt: boundedInstant(data.occurredAt ?? data.now, 'occurredAt', data.now, HAPPENED_MAX_AHEAD_MS),
            selfRating,
            notes: optionalText(data.notes, 'notes', TEXT_LIMITS.notes),
          },
        },
      ];
    }

    case 'RecordRejection': {
      const { data } = command;
      const application = existing(state, data.applicationId);
      ownedBy(application, data.actorId, 'record its rejection');
      notWithdrawn(application);
      if (application.rejectedAt !== null) throw new RuleBroken('an application is rejected once');
      if (application.offerReceivedAt !== null) throw new RuleBroken('an application with an offer is not rejected');
      return [
        {
          type: 'ApplicationRejected',
          data: {
            applicationId: data.applicationId,
            rejectedAt: boundedInstant(data.rejectedAt ?? data.now, 'rejectedAt', data.now, HAPPENED_MAX_AHEAD_MS),
            reason: optionalText(data.reason, 'reason', TEXT_LIMITS.reason),
          },
        },
      ];
    }

    case 'RecordOffer': {
      const { data } = command;
      const application = existing(state, data.applicationId);
      ownedBy(application, data.actorId, 'record its offer');
      notWithdrawn(application);
      if (application.offerReceivedAt !== null) throw new RuleBroken('an offer is received once');
      if (application.rejectedAt !== null) throw new RuleBroken('no offer after a rejection');
      return [{ type: 'OfferReceived', data: { applicationId: data.applicationId, receivedAt: instant(data.now, 'now') } }];
    }

    case 'WithdrawApplication': {
      const { data } = command;
      const application = existing(state, data.applicationId);
      ownedBy(application, data.actorId, 'withdraw it');
      notWithdrawn(application);
      if (application.rejectedAt !== null) throw new RuleBroken('a rejected application cannot be withdrawn');
      return [
        { type: 'ApplicationWithdrawn', data: { applicationId: data.applicationId, withdrawnAt: instant(data.now, 'now') } },
      ];
    }

    case 'RequestFeedback': {
      const { data } = command;
      const application = existing(state, data.applicationId);
      ownedBy(application, data.actorId, 'request its feedback');
      notWithdrawn(application);
      if (application.feedbackStatus === 'REQUESTED') throw new RuleBroken('feedback is requested once while it is pending');
      if (application.feedbackStatus !== 'NONE') throw new RuleBroken('feedback is requested once per application');
      const interviewed = application.interviews.some((i) => i.occurredAt !== null);
      if (!interviewed && application.rejectedAt === null) {
        throw new RuleBroken('feedback needs an application that reached an interview or a rejection');
      }
      if (data.agencyId === null) throw new RuleBroken('feedback is requested through an agency: join one first');
      return [
        {
          type: 'FeedbackRequested',
          data: {
            applicationId: data.applicationId,
            candidateId: application.candidateId,
            agencyId: data.agencyId,
            requestedAt: instant(data.now, 'now'),
          },
        },
      ];
    }

    case 'RecordFeedback': {
      const { data } = command;
      const application = existing(state, data.applicationId);
      notWithdrawn(application);
      feedbackIsRequested(application, 'recorded');
      fromRequestedAgency(application, data.staffAgencyId, 'record');
      return [
        {
          type: 'FeedbackReceived',
          data: {
            applicationId: data.applicationId,
            feedbackId: data.feedbackId,
            candidateId: application.candidateId,
            receivedAt: instant(data.now, 'now'),
            recordedBy: data.recordedBy,
            summary: requiredText(data.summary, 'summary', TEXT_LIMITS.summary),
            recommendation:
              data.recommendation === null || data.recommendation === undefined
                ? null
                : oneOf(data.recommendation, RECOMMENDATIONS, 'recommendation'),
            points: feedbackPoints(data.points),
          },
        },
      ];
    }

    case 'DeclineFeedback': {
      const { data } = command;
      const application = existing(state, data.applicationId);
      notWithdrawn(application);
      feedbackIsRequested(application, 'declined');
      fromRequestedAgency(application, data.staffAgencyId, 'decline');
      return [
        {
          type: 'FeedbackDeclined',
          data: {
            applicationId: data.applicationId,
            declinedAt: instant(data.now, 'now'),
            declinedBy: data.declinedBy,
            reason: requiredText(data.reason, 'reason', TEXT_LIMITS.reason),
          },
        },
      ];
    }

    case 'AssignFeedback':
    case 'UnassignFeedback': {
      const application = existing(state, command.data.applicationId);
      notWithdrawn(application);
      return decideAssignment(command, application);
    }

    case 'WriteReflection':
    case 'SetFollowUp':
    case 'ClearFollowUp':
    case 'CompleteFollowUp':
      return decideTracker(command, existing(state, command.data.applicationId));
  }
};
