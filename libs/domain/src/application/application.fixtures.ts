import type { ApplicationCommand } from './application.commands';
import type { ApplicationEvent } from './application.events';

/** Shared givens and commands for the application specs: one candidate, one application, one agency. */
export const NOW = '2026-11-25T12:00:00.000Z';
export const applicationId = 'app-1';
export const candidateId = 'cand-1';
export const agencyId = 'agency-1';
export const staffId = 'staff-1';

type Of<T extends ApplicationCommand['type']> = Extract<ApplicationCommand, { type: T }>;
type Data<T extends ApplicationCommand['type']> = Of<T>['data'];
type EventOf<T extends ApplicationEvent['type']> = Extract<ApplicationEvent, { type: T }>;

export const applied: EventOf<'JobApplied'> = {
  type: 'JobApplied',
  data: { applicationId, candidateId, agencyId, company: 'Acme', role: 'Engineer', appliedAt: '2026-11-01T09:00:00.000Z' },
};
export const scheduled: EventOf<'InterviewScheduled'> = {
  type: 'InterviewScheduled',
  data: { applicationId, interviewId: 'int-1', stage: 'phone screen', scheduledFor: '2026-11-10T09:00:00.000Z' },
};
export const interviewed: EventOf<'Interviewed'> = {
  type: 'Interviewed',
  data: {
    applicationId,
    interviewId: 'int-1',
    stage: 'phone screen',
    occurredAt: '2026-11-10T09:30:00.000Z',
    selfRating: 3,
    notes: null,
  },
};
export const rejected: EventOf<'ApplicationRejected'> = {
  type: 'ApplicationRejected',
  data: { applicationId, rejectedAt: '2026-11-12T09:00:00.000Z', reason: null },
};
export const offered: EventOf<'OfferReceived'> = {
  type: 'OfferReceived',
  data: { applicationId, receivedAt: '2026-11-12T09:00:00.000Z' },
};
export const withdrawn: EventOf<'ApplicationWithdrawn'> = {
  type: 'ApplicationWithdrawn',
  data: { applicationId, withdrawnAt: '2026-11-13T09:00:00.000Z' },
};
export const feedbackRequested: EventOf<'FeedbackRequested'> = {
  type: 'FeedbackRequested',
  data: { applicationId, candidateId, agencyId, requestedAt: '2026-11-13T09:00:00.000Z' },
};
export const feedbackReceived: EventOf<'FeedbackReceived'> = {
  type: 'FeedbackReceived',
  data: {
    applicationId,
    feedbackId: 'fb-1',
    candidateId,
    receivedAt: '2026-11-14T09:00:00.000Z',
    recordedBy: staffId,
    summary: 'Solid, but underprepared.',
    recommendation: 'NO',
    points: [{ theme: 'PREPARATION', polarity: 'IMPROVEMENT', note: 'Research the company.' }],
  },
};
export const feedbackDeclined: EventOf<'FeedbackDeclined'> = {
  type: 'FeedbackDeclined',
  data: { applicationId, declinedAt: '2026-11-14T09:00:00.000Z', declinedBy: staffId, reason: 'Employer gives none.' },
};

/** A command of the given type with sensible data, overridden field by field. */
const command =
  <T extends ApplicationCommand['type']>(type: T, defaults: Data<T>) =>
  (overrides: Partial<Data<T>> = {}): Of<T> =>
    ({ type, data: { ...defaults, ...overrides } }) as unknown as Of<T>;

export const applyForJob = command('ApplyForJob', {
  applicationId,
  candidateId,
  agencyId,
  company: 'Acme',
  role: 'Engineer',
  appliedAt: '2026-11-01T09:00:00.000Z',
  actorId: candidateId,
  now: NOW,
});
export const scheduleInterview = command('ScheduleInterview', {
  applicationId,
  interviewId: 'int-2',
  stage: 'onsite',
  scheduledFor: '2026-12-01T09:00:00.000Z',
  actorId: candidateId,
  now: NOW,
});
export const recordInterview = command('RecordInterview', {
  applicationId,
  interviewId: 'int-1',
  occurredAt: '2026-11-10T09:30:00.000Z',
  selfRating: 4,
  notes: 'Went well.',
  actorId: candidateId,
  now: NOW,
});
export const recordRejection = command('RecordRejection', {
  applicationId,
  rejectedAt: '2026-11-20T09:00:00.000Z',
  reason: 'Went with another candidate.',
  actorId: candidateId,
  now: NOW,
});
export const recordOffer = command('RecordOffer', { applicationId, actorId: candidateId, now: NOW });
export const withdrawApplication = command('WithdrawApplication', { applicationId, actorId: candidateId, now: NOW });
export const requestFeedback = command('RequestFeedback', { applicationId, agencyId, actorId: candidateId, now: NOW });
export const recordFeedback = command('RecordFeedback', {
  applicationId,
  feedbackId: 'fb-1',
  summary: 'Solid, but underprepared.',
  recommendation: 'NO',
  points: [
    { theme: 'PREPARATION', polarity: 'IMPROVEMENT', note: 'Research the company.' },
    { theme: 'TECHNICAL_SKILLS', polarity: 'STRENGTH', note: 'Clean code.' },
  ],
  recordedBy: staffId,
  staffAgencyId: agencyId,
  now: NOW,
});
export const declineFeedback = command('DeclineFeedback', {
  applicationId,
  reason: 'Employer gives none.',
  declinedBy: staffId,
  staffAgencyId: agencyId,
  now: NOW,
});
