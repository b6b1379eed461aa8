import type { PivotalEvent } from '@pivotal/domain';

/**
 * A small, hand-written history of one agency: Ada applies twice, is interviewed and rejected at
 * Acme, asks for feedback, receives it, sets two goals and completes one; Bob's request waits.
 */
export const agencyId = 'agency-1';
export const ada = 'cand-ada';
export const bob = 'cand-bob';

export const story: PivotalEvent[] = [
  { type: 'AgencyCreated', data: { agencyId, name: 'Northwind Careers', joinCode: 'NORTH1', createdAt: '2026-01-01T09:00:00.000Z' } },
  {
    type: 'AccountRegistered',
    data: { accountId: 'staff-1', email: 'Sam@Northwind.test', name: 'Sam', role: 'STAFF', passwordHash: 'scrypt$x', agencyId: null, registeredAt: '2026-01-01T09:05:00.000Z' },
  },
  { type: 'StaffAdded', data: { agencyId, accountId: 'staff-1', role: 'STAFF', addedAt: '2026-01-01T09:06:00.000Z' } },
  { type: 'CandidateRegistered', data: { candidateId: ada, name: 'Ada Lovelace', email: 'ada@example.test', agencyId, registeredAt: '2026-01-05T10:00:00.000Z' } },
  { type: 'CandidateRegistered', data: { candidateId: bob, name: 'Bob Babbage', email: 'bob@example.test', agencyId, registeredAt: '2026-01-06T10:00:00.000Z' } },
  { type: 'JobApplied', data: { applicationId: 'app-1', candidateId: ada, agencyId, company: 'Acme', role: 'Engineer', appliedAt: '2026-01-06T10:00:00.000Z' } },
  { type: 'InterviewScheduled', data: { applicationId: 'app-1', interviewId: 'int-1', stage: 'phone screen', scheduledFor: '2026-01-12T15:00:00.000Z' } },
  {
    type: 'Interviewed',
    data: { applicationId: 'app-1', interviewId: 'int-1', stage: 'phone screen', occurredAt: '2026-01-12T15:00:00.000Z', selfRating: 4, notes: 'went well' },
  },
  {
    type: 'Interviewed',
    data: { applicationId: 'app-1', interviewId: 'int-2', stage: 'technical', occurredAt: '2026-01-19T15:00:00.000Z', selfRating: 2, notes: null },
  },
  { type: 'ApplicationRejected', data: { applicationId: 'app-1', rejectedAt: '2026-01-21T09:00:00.000Z', reason: 'not enough experience' } },
  { type: 'FeedbackRequested', data: { applicationId: 'app-1', candidateId: ada, agencyId, requestedAt: '2026-01-21T12:00:00.000Z' } },
  {
    type: 'FeedbackReceived',
    data: {
      applicationId: 'app-1',
      feedbackId: 'fb-1',
      candidateId: ada,
      receivedAt: '2026-01-23T12:00:00.000Z',
      recordedBy: 'staff-1',
      summary: 'Strong basics, thin system design.',
      recommendation: 'NO',
      points: [
        { theme: 'TECHNICAL_SKILLS', polarity: 'IMPROVEMENT', note: 'system design' },
        { theme: 'COMMUNICATION', polarity: 'STRENGTH', note: 'clear' },
        { theme: 'PREPARATION', polarity: 'IMPROVEMENT', note: 'research the company' },
      ],
    },
  },
  {
    type: 'GoalSet',
    data: { goalId: 'goal-1', candidateId: ada, theme: 'TECHNICAL_SKILLS', title: 'Practise system design', setAt: '2026-01-24T10:00:00.000Z', fromFeedbackId: 'fb-1', applicationId: 'app-1', pointIndex: 0 },
  },
  {
    type: 'GoalSet',
    data: { goalId: 'goal-2', candidateId: ada, theme: 'PREPARATION', title: 'Research companies', setAt: '2026-01-24T10:05:00.000Z', fromFeedbackId: 'fb-1', applicationId: 'app-1', pointIndex: 2 },
  },
  { type: 'GoalCompleted', data: { goalId: 'goal-1', candidateId: ada, completedAt: '2026-02-02T10:00:00.000Z', reflection: 'did ten designs' } },
  { type: 'GoalAbandoned', data: { goalId: 'goal-2', candidateId: ada, abandonedAt: '2026-02-03T10:00:00.000Z' } },
  { type: 'JobApplied', data: { applicationId: 'app-2', candidateId: ada, agencyId, company: 'Globex', role: 'Engineer', appliedAt: '2026-02-04T10:00:00.000Z' } },
  {
    type: 'Interviewed',
    data: { applicationId: 'app-2', interviewId: 'int-3', stage: 'onsite', occurredAt: '2026-02-10T10:00:00.000Z', selfRating: 5, notes: null },
  },
  { type: 'OfferReceived', data: { applicationId: 'app-2', receivedAt: '2026-02-12T10:00:00.000Z' } },
  { type: 'JobApplied', data: { applicationId: 'app-3', candidateId: bob, agencyId, company: 'Initech', role: 'Analyst', appliedAt: '2026-01-07T10:00:00.000Z' } },
  { type: 'ApplicationRejected', data: { applicationId: 'app-3', rejectedAt: '2026-01-09T10:00:00.000Z', reason: null } },
  { type: 'FeedbackRequested', data: { applicationId: 'app-3', candidateId: bob, agencyId, requestedAt: '2026-01-10T10:00:00.000Z' } },
  { type: 'JobApplied', data: { applicationId: 'app-4', candidateId: bob, agencyId, company: 'Umbrella', role: 'Analyst', appliedAt: '2026-01-08T10:00:00.000Z' } },
  { type: 'ApplicationWithdrawn', data: { applicationId: 'app-4', withdrawnAt: '2026-01-11T10:00:00.000Z' } },
];
