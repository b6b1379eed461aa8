import { describe, expect, it } from 'vitest';
import { AlreadyExists, Forbidden, InvalidInput, NotFound, RuleBroken } from '../shared/errors';
import { specification } from '../shared/specification';
import { applicationDecider } from './application.decider';
import { applicationStatusAfter } from './application.state';
import {
  NOW,
  agencyId,
  applicationId,
  applied,
  applyForJob,
  candidateId,
  interviewed,
  offered,
  recordInterview,
  recordOffer,
  recordRejection,
  rejected,
  scheduleInterview,
  scheduled,
  staffId,
  withdrawApplication,
  withdrawn,
} from './application.fixtures';

const given = specification(applicationDecider);
const long = (n: number) => 'x'.repeat(n);

describe('applying for a job', () => {
  it('logs the application with trimmed text', () =>
    given([])
      .when(applyForJob({ company: '  Acme  ', role: ' Engineer ' }))
      .then([applied]));

  it('dates it now when no date is given', () =>
    given([])
      .when(applyForJob({ appliedAt: null }))
      .then([{ ...applied, data: { ...applied.data, appliedAt: NOW } }]));

  it('normalizes a date with an offset to UTC', () =>
    given([])
      .when(applyForJob({ appliedAt: '2026-11-01T11:00:00+02:00' }))
      .then([applied]));

  it('accepts a date up to a day ahead (time zones)', () =>
    given([])
      .when(applyForJob({ appliedAt: '2026-11-26T11:00:00.000Z' }))
      .then([{ ...applied, data: { ...applied.data, appliedAt: '2026-11-26T11:00:00.000Z' } }]));

  it('refuses an application that exists already', () =>
    given([applied]).when(applyForJob()).thenThrows(AlreadyExists, `application ${applicationId} already exists`));

  it('refuses anyone but the candidate', () =>
    given([])
      .when(applyForJob({ actorId: staffId }))
      .thenThrows(Forbidden, 'only the candidate can log its own applications'));

  it('refuses a blank company', () =>
    given([]).when(applyForJob({ company: '   ' })).thenThrows(InvalidInput, 'must not be blank', { field: 'company' }));

  it('refuses a company over 200 characters', () =>
    given([])
      .when(applyForJob({ company: long(201) }))
      .thenThrows(InvalidInput, 'at most 200', { field: 'company' }));

  it('refuses a role over 200 characters', () =>
    given([]).when(applyForJob({ role: long(201) })).thenThrows(InvalidInput, 'at most 200', { field: 'role' }));

  it('refuses a blank role', () =>
    given([]).when(applyForJob({ role: '' })).thenThrows(InvalidInput, 'must not be blank', { field: 'role' }));

  it('refuses a date more than a day ahead', () =>
    given([])
      .when(applyForJob({ appliedAt: '2026-11-26T12:00:00.001Z' }))
      .thenThrows(InvalidInput, 'too far in the future', { field: 'appliedAt' }));

  it('refuses a date before 2000', () =>
    given([])
      .when(applyForJob({ appliedAt: '1999-12-31T23:59:59.000Z' }))
      .thenThrows(InvalidInput, 'before the year 2000', { field: 'appliedAt' }));

  it('refuses a date that is not ISO 8601', () =>
    given([]).when(applyForJob({ appliedAt: 'last tuesday' })).thenThrows(InvalidInput, 'ISO 8601', { field: 'appliedAt' }));

  it('refuses a date-time without a time zone', () =>
    given([]).when(applyForJob({ appliedAt: '2026-11-01T09:00' })).thenThrows(InvalidInput, 'time zone', { field: 'appliedAt' }));

  it('refuses a date that does not exist', () =>
    given([]).when(applyForJob({ appliedAt: '2026-13-45' })).thenThrows(InvalidInput, 'not a real date', { field: 'appliedAt' }));
});

describe('scheduling an interview', () => {
  const interviewScheduled = {
    type: 'InterviewScheduled' as const,
    data: { applicationId, interviewId: 'int-2', stage: 'onsite', scheduledFor: '2026-12-01T09:00:00.000Z' },
  };

  it('schedules it', () => given([applied]).when(scheduleInterview({ stage: ' onsite ' })).then([interviewScheduled]));

  it('accepts a date almost a year ahead', () =>
    given([applied])
      .when(scheduleInterview({ scheduledFor: '2027-11-20T09:00:00.000Z' }))
      .then([{ ...interviewScheduled, data: { ...interviewScheduled.data, scheduledFor: '2027-11-20T09:00:00.000Z' } }]));

  it('refuses a date more than a year ahead', () =>
    given([applied])
      .when(scheduleInterview({ scheduledFor: '2027-12-01T09:00:00.000Z' }))
      .thenThrows(InvalidInput, 'too far in the future', { field: 'scheduledFor' }));

  it('refuses a date before 2000', () =>
    given([applied])
      .when(scheduleInterview({ scheduledFor: '1990-01-01' }))
      .thenThrows(InvalidInput, 'before the year 2000', { field: 'scheduledFor' }));

  it('refuses an application that does not exist', () =>
    given([]).when(scheduleInterview()).thenThrows(NotFound, `application ${applicationId} not found`));

  it('refuses anyone but its candidate', () =>
    given([applied])
      .when(scheduleInterview({ actorId: 'cand-2' }))
      .thenThrows(Forbidden, 'only the candidate who owns this application'));

  it('refuses an interview after a rejection', () =>
    given([applied, rejected]).when(scheduleInterview()).thenThrows(RuleBroken, 'no interview after a rejection'));

  it('refuses an interview after an offer', () =>
    given([applied, offered]).when(scheduleInterview()).thenThrows(RuleBroken, 'no interview after an offer'));

  it('refuses an interview after a withdrawal', () =>
    given([applied, withdrawn]).when(scheduleInterview()).thenThrows(RuleBroken, 'after it is withdrawn'));

  it('refuses the same interview twice', () =>
    given([applied, scheduled])
      .when(scheduleInterview({ interviewId: 'int-1' }))
      .thenThrows(RuleBroken, 'an interview is scheduled once'));

  it('refuses a blank stage', () =>
    given([applied]).when(scheduleInterview({ stage: ' ' })).thenThrows(InvalidInput, 'blank', { field: 'stage' }));

  it('refuses a stage over 200 characters', () =>
    given([applied]).when(scheduleInterview({ stage: long(201) })).thenThrows(InvalidInput, '200', { field: 'stage' }));
});

describe('recording an interview', () => {
  const held = {
    type: 'Interviewed' as const,
    data: {
      applicationId,
      interviewId: 'int-1',
      stage: 'phone screen',
      occurredAt: '2026-11-10T09:30:00.000Z',
      selfRating: 4,
      notes: 'Went well.',
    },
  };

  it('records a scheduled interview, keeping its stage', () => given([applied, scheduled]).when(recordInterview()).then([held]));

  it('records an interview that was never scheduled, with its stage', () =>
    given([applied])
      .when(recordInterview({ interviewId: 'int-9', stage: ' final ' }))
      .then([{ ...held, data: { ...held.data, interviewId: 'int-9', stage: 'final' } }]));

  it('lets a new stage replace the scheduled one', () =>
    given([applied, scheduled])
      .when(recordInterview({ stage: 'video call' }))
      .then([{ ...held, data: { ...held.data, stage: 'video call' } }]));

  it('dates it now, without rating or notes, when none are given', () =>
    given([applied, scheduled])
      .when(recordInterview({ occurredAt: null, selfRating: null, notes: '  ' }))
      .then([{ ...held, data: { ...held.data, occurredAt: NOW, selfRating: null, notes: null } }]));

  it('refuses an unscheduled interview without a stage', () =>
    given([applied])
      .when(recordInterview({ interviewId: 'int-9' }))
      .thenThrows(InvalidInput, 'required', { field: 'stage' }));

  it('refuses an application that does not exist', () =>
    given([]).when(recordInterview()).thenThrows(NotFound, 'not found'));

  it('refuses anyone but its candidate', () =>
    given([applied, scheduled]).when(recordInterview({ actorId: staffId })).thenThrows(Forbidden, 'record its interviews'));

  it('refuses an interview after a rejection', () =>
    given([applied, scheduled, rejected]).when(recordInterview()).thenThrows(RuleBroken, 'no interview after a rejection'));

  it('refuses an interview after an offer', () =>
    given([applied, scheduled, offered]).when(recordInterview()).thenThrows(RuleBroken, 'no interview after an offer'));

  it('refuses an interview after a withdrawal', () =>
    given([applied, scheduled, withdrawn]).when(recordInterview()).thenThrows(RuleBroken, 'after it is withdrawn'));

  it('records an interview once', () =>
    given([applied, scheduled, interviewed]).when(recordInterview()).thenThrows(RuleBroken, 'an interview is recorded once'));

  it.each([0, 6, 2.5, -1])('refuses a self-rating of %s', (selfRating) => {
    given([applied, scheduled])
      .when(recordInterview({ selfRating }))
      .thenThrows(InvalidInput, 'whole number from 1 to 5', { field: 'selfRating' });
  });

  it.each([1, 5])('accepts a self-rating of %s', (selfRating) =>
    given([applied, scheduled])
      .when(recordInterview({ selfRating }))
      .then([{ ...held, data: { ...held.data, selfRating } }]),
  );

  it('refuses notes over 2000 characters', () =>
    given([applied, scheduled]).when(recordInterview({ notes: long(2001) })).thenThrows(InvalidInput, '2000', { field: 'notes' }));

  it('refuses a date more than a day ahead', () =>
    given([applied, scheduled])
      .when(recordInterview({ occurredAt: '2026-12-25T09:00:00.000Z' }))
      .thenThrows(InvalidInput, 'too far in the future', { field: 'occurredAt' }));

  it('refuses a date before 2000', () =>
    given([applied, scheduled])
      .when(recordInterview({ occurredAt: '1970-01-01T00:00:00Z' }))
      .thenThrows(InvalidInput, 'before the year 2000', { field: 'occurredAt' }));
});

describe('recording a rejection', () => {
  const rejection = {
    type: 'ApplicationRejected' as const,
    data: { applicationId, rejectedAt: '2026-11-20T09:00:00.000Z', reason: 'Went with another candidate.' },
  };

  it('records it with its reason', () => given([applied, interviewed]).when(recordRejection()).then([rejection]));

  it('dates it now and leaves the reason out when none is given', () =>
    given([applied])
      .when(recordRejection({ rejectedAt: undefined, reason: undefined }))
      .then([{ ...rejection, data: { applicationId, rejectedAt: NOW, reason: null } }]));

  it('rejects an application once', () =>
    given([applied, rejected]).when(recordRejection()).thenThrows(RuleBroken, 'an application is rejected once'));

  it('refuses a rejection after an offer', () =>
    given([applied, offered]).when(recordRejection()).thenThrows(RuleBroken, 'an application with an offer is not rejected'));

  it('refuses a rejection after a withdrawal', () =>
    given([applied, withdrawn]).when(recordRejection()).thenThrows(RuleBroken, 'after it is withdrawn'));

  it('refuses an application that does not exist', () => given([]).when(recordRejection()).thenThrows(NotFound, 'not found'));

  it('refuses anyone but its candidate', () =>
    given([applied]).when(recordRejection({ actorId: staffId })).thenThrows(Forbidden, 'record its rejection'));

  it('refuses a reason over 2000 characters', () =>
    given([applied]).when(recordRejection({ reason: long(2001) })).thenThrows(InvalidInput, '2000', { field: 'reason' }));

  it('refuses a date more than a day ahead', () =>
    given([applied])
      .when(recordRejection({ rejectedAt: '2027-01-01T00:00:00.000Z' }))
      .thenThrows(InvalidInput, 'too far in the future', { field: 'rejectedAt' }));

  it('refuses a date before 2000', () =>
    given([applied]).when(recordRejection({ rejectedAt: '1999-06-01' })).thenThrows(InvalidInput, '2000', { field: 'rejectedAt' }));
});

describe('recording an offer', () => {
  it('records it, received now', () =>
    given([applied, interviewed]).when(recordOffer()).then([{ type: 'OfferReceived', data: { applicationId, receivedAt: NOW } }]));

  it('receives an offer once', () =>
    given([applied, offered]).when(recordOffer()).thenThrows(RuleBroken, 'an offer is received once'));

  it('refuses an offer after a rejection', () =>
    given([applied, rejected]).when(recordOffer()).thenThrows(RuleBroken, 'no offer after a rejection'));

  it('refuses an offer after a withdrawal', () =>
    given([applied, withdrawn]).when(recordOffer()).thenThrows(RuleBroken, 'after it is withdrawn'));

  it('refuses an application that does not exist', () => given([]).when(recordOffer()).thenThrows(NotFound, 'not found'));

  it('refuses anyone but its candidate', () =>
    given([applied]).when(recordOffer({ actorId: 'cand-2' })).thenThrows(Forbidden, 'record its offer'));
});

describe('withdrawing an application', () => {
  const withdrawal = { type: 'ApplicationWithdrawn' as const, data: { applicationId, withdrawnAt: NOW } };

  it('withdraws it now', () => given([applied, scheduled]).when(withdrawApplication()).then([withdrawal]));

  it('withdraws it after an offer (the candidate declines it)', () =>
    given([applied, offered]).when(withdrawApplication()).then([withdrawal]));

  it('withdraws an application once', () =>
    given([applied, withdrawn]).when(withdrawApplication()).thenThrows(RuleBroken, 'after it is withdrawn'));

  it('refuses to withdraw a rejected application', () =>
    given([applied, rejected]).when(withdrawApplication()).thenThrows(RuleBroken, 'a rejected application cannot be withdrawn'));

  it('refuses an application that does not exist', () => given([]).when(withdrawApplication()).thenThrows(NotFound, 'not found'));

  it('refuses anyone but its candidate', () =>
    given([applied]).when(withdrawApplication({ actorId: staffId })).thenThrows(Forbidden, 'withdraw it'));
});

describe('the status an application shows', () => {
  const statusAfter = (events: Parameters<typeof given>[0]) =>
    applicationStatusAfter(events.reduce(applicationDecider.evolve, applicationDecider.initialState()));

  it('is none before the application', () => expect(statusAfter([])).toBeNull());
  it('is APPLIED once applied', () => expect(statusAfter([applied])).toBe('APPLIED'));
  it('is INTERVIEWING once an interview is scheduled', () => expect(statusAfter([applied, scheduled])).toBe('INTERVIEWING'));
  it('is INTERVIEWING once an interview is held', () => expect(statusAfter([applied, interviewed])).toBe('INTERVIEWING'));
  it('is REJECTED after a rejection', () => expect(statusAfter([applied, interviewed, rejected])).toBe('REJECTED'));
  it('is OFFER after an offer', () => expect(statusAfter([applied, interviewed, offered])).toBe('OFFER'));
  it('is WITHDRAWN after a withdrawal, even after an offer', () =>
    expect(statusAfter([applied, offered, withdrawn])).toBe('WITHDRAWN'));

  it('keeps a scheduled interview and its outcome as one interview', () => {
    const state = [applied, scheduled, interviewed].reduce(applicationDecider.evolve, applicationDecider.initialState());
    expect(state).toMatchObject({
      exists: true,
      candidateId,
      agencyId,
      interviews: [
        {
          interviewId: 'int-1',
          stage: 'phone screen',
          scheduledFor: '2026-11-10T09:00:00.000Z',
          occurredAt: '2026-11-10T09:30:00.000Z',
        },
      ],
    });
  });
});
