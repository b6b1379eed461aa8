import type { PivotalEvent } from '@pivotal/domain';
import { describe, expect, it } from 'vitest';
import { pivotalProjections } from '../read-models';
import { readModelWith } from '../testing/recorded';
import { createReadModelQueries } from './read-model-queries';

/**
 * One agency, two staff members (Sam, Kim) and five waiting requests of different ages, one
 * answered in time and one late, against a target of 2 working days. Now is Friday 2026-03-20 12:00.
 */
const agencyId = 'agency-q';
const now = '2026-03-20T12:00:00.000Z';
const staff = (accountId: string, name: string): PivotalEvent[] => [
  {
    type: 'AccountRegistered',
    data: { accountId, email: `${name}@q.test`, name, role: 'STAFF', passwordHash: 'x', agencyId: null, registeredAt: '2026-01-01T09:00:00.000Z' },
  },
  { type: 'StaffAdded', data: { agencyId, accountId, role: 'STAFF', addedAt: '2026-01-01T09:00:00.000Z' } },
];
const request = (n: number, company: string, role: string, requestedAt: string, interviewAt: string | null): PivotalEvent[] => {
  const applicationId = `app-${n}`;
  return [
    { type: 'JobApplied', data: { applicationId, candidateId: 'cand-1', agencyId, company, role, appliedAt: '2026-01-05T09:00:00.000Z' } },
    ...(interviewAt
      ? [{ type: 'Interviewed', data: { applicationId, interviewId: `i-${n}`, stage: 'onsite', occurredAt: interviewAt, selfRating: null, notes: null } } as const]
      : [{ type: 'ApplicationRejected', data: { applicationId, rejectedAt: requestedAt, reason: null } } as const]),
    { type: 'FeedbackRequested', data: { applicationId, candidateId: 'cand-1', agencyId, requestedAt } },
  ];
};
const assigned = (n: number, assigneeId: string, previousAssigneeId: string | null = null): PivotalEvent => ({
  type: 'FeedbackAssigned',
  data: { applicationId: `app-${n}`, assigneeId, previousAssigneeId, assignedBy: 'sam', assignedAt: '2026-03-19T09:00:00.000Z' },
});
const events: PivotalEvent[] = [
  { type: 'AgencyCreated', data: { agencyId, name: 'Queue Co', joinCode: 'QUEUE', createdAt: '2026-01-01T09:00:00.000Z' } },
  ...staff('sam', 'Sam'),
  ...staff('kim', 'Kim'),
  { type: 'CandidateRegistered', data: { candidateId: 'cand-1', name: 'Cleo', email: 'cleo@q.test', agencyId, registeredAt: '2026-01-02T09:00:00.000Z' } },
  { type: 'ResponseTargetSet', data: { agencyId, workingDays: 2, setBy: 'sam', setAt: '2026-01-01T10:00:00.000Z' } },
  ...request(1, 'Acme', 'Engineer', '2026-03-01T12:00:00.000Z', '2026-02-27T10:00:00.000Z'), // 19 days
  ...request(2, 'Globex', 'Designer', '2026-03-12T12:00:00.000Z', '2026-03-11T10:00:00.000Z'), // 8 days
  ...request(3, 'Initech', 'Data engineer', '2026-03-16T12:00:00.000Z', '2026-03-16T10:00:00.000Z'), // 4 days
  ...request(4, 'Acme', 'Product manager', '2026-03-19T12:00:00.000Z', null), // 24 hours
  ...request(5, 'Umbrella', '50% engineer', '2026-03-20T06:00:00.000Z', '2026-03-13T10:00:00.000Z'), // 6 hours
  ...request(6, 'Hooli', 'Engineer', '2026-02-02T12:00:00.000Z', null), // answered in a day
  ...request(7, 'Hooli', 'Engineer', '2026-02-03T12:00:00.000Z', null), // answered a week later
  { type: 'FeedbackDeclined', data: { applicationId: 'app-6', declinedAt: '2026-02-03T12:00:00.000Z', declinedBy: 'kim', reason: 'none' } },
  {
    type: 'FeedbackReceived',
    data: { applicationId: 'app-7', feedbackId: 'fb-7', candidateId: 'cand-1', receivedAt: '2026-02-10T12:00:00.000Z', recordedBy: 'sam', summary: 's', recommendation: null, points: [] },
  },
  assigned(1, 'sam'),
  assigned(2, 'kim'),
  assigned(3, 'kim'),
  assigned(3, 'sam', 'kim'),
  assigned(4, 'kim'),
  { type: 'FeedbackUnassigned', data: { applicationId: 'app-4', previousAssigneeId: 'kim', unassignedBy: 'kim', unassignedAt: '2026-03-19T10:00:00.000Z' } },
];
const given = () => createReadModelQueries(readModelWith(pivotalProjections, events));
const ids = (page: { nodes: { applicationId: string }[] }) => page.nodes.map((n) => n.applicationId);

describe('the feedback queue, filtered', () => {
  it('lists every waiting request oldest first, with who holds it', () => {
    const page = given().feedbackQueue({ agencyId, now });
    expect(ids(page)).toEqual(['app-1', 'app-2', 'app-3', 'app-4', 'app-5']);
    expect(page.nodes.map((n) => n.assigneeId)).toEqual(['sam', 'kim', 'sam', null, null]);
    expect(page.totalCount).toBe(5);
  });

  it('shows a viewer their own requests, and the unassigned ones', () => {
    const q = given();
    expect(ids(q.feedbackQueue({ agencyId, now, assignee: 'MINE', viewerId: 'sam' }))).toEqual(['app-1', 'app-3']);
    expect(ids(q.feedbackQueue({ agencyId, now, assignee: 'MINE', viewerId: 'kim' }))).toEqual(['app-2']);
    expect(ids(q.feedbackQueue({ agencyId, now, assignee: 'UNASSIGNED' }))).toEqual(['app-4', 'app-5']);
  });

  it('bands requests by how long they waited', () => {
    const q = given();
    expect(ids(q.feedbackQueue({ agencyId, now, waiting: 'UNDER_48H' }))).toEqual(['app-4', 'app-5']);
    expect(ids(q.feedbackQueue({ agencyId, now, waiting: 'FROM_48H_TO_7D' }))).toEqual(['app-3']);
    expect(ids(q.feedbackQueue({ agencyId, now, waiting: 'OVER_7D' }))).toEqual(['app-1', 'app-2']);
  });

  it('finds text in the company or the role, any case, wildcards taken literally', () => {
    const q = given();
    expect(ids(q.feedbackQueue({ agencyId, now, search: 'acme' }))).toEqual(['app-1', 'app-4']);
    expect(ids(q.feedbackQueue({ agencyId, now, search: 'ENGINEER' }))).toEqual(['app-1', 'app-3', 'app-5']);
    expect(ids(q.feedbackQueue({ agencyId, now, search: '50%' }))).toEqual(['app-5']);
    expect(q.feedbackQueue({ agencyId, now, search: '%' }).totalCount).toBe(1);
  });

  it('combines filters and counts what they keep', () => {
    const page = given().feedbackQueue({ agencyId, now, assignee: 'MINE', viewerId: 'sam', waiting: 'OVER_7D', search: 'eng' });
    expect(ids(page)).toEqual(['app-1']);
    expect(page.totalCount).toBe(1);
  });

  it('sorts by the last interview, most recent first and none last, a page at a time', () => {
    const q = given();
    const first = q.feedbackQueue({ agencyId, now, sort: 'LAST_INTERVIEW', first: 2 });
    expect(ids(first)).toEqual(['app-3', 'app-5']);
    const second = q.feedbackQueue({ agencyId, now, sort: 'LAST_INTERVIEW', first: 2, after: first.pageInfo.endCursor });
    expect(ids(second)).toEqual(['app-2', 'app-1']);
    const third = q.feedbackQueue({ agencyId, now, sort: 'LAST_INTERVIEW', first: 2, after: second.pageInfo.endCursor });
    expect(ids(third)).toEqual(['app-4']);
    expect(third.pageInfo.hasNextPage).toBe(false);
  });

  it('pages a filtered view with the same filter', () => {
    const q = given();
    const first = q.feedbackQueue({ agencyId, now, assignee: 'UNASSIGNED', first: 1 });
    expect(ids(first)).toEqual(['app-4']);
    expect(first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    expect(ids(q.feedbackQueue({ agencyId, now, assignee: 'UNASSIGNED', first: 1, after: first.pageInfo.endCursor }))).toEqual(['app-5']);
  });

  it('gives each request its due time under the target, and the hours left or overdue', () => {
    const page = given().feedbackQueue({ agencyId, now });
    const byId = new Map(page.nodes.map((n) => [n.applicationId, n]));
    // Thursday noon plus 2 working days is Monday noon: 72 hours from Friday noon.
    expect(byId.get('app-4')).toMatchObject({ dueAt: '2026-03-23T12:00:00.000Z', hoursUntilDue: 72 });
    expect(byId.get('app-1')?.hoursUntilDue).toBeLessThan(0);
    expect(byId.get('app-5')?.lastInterviewAt).toBe('2026-03-13T10:00:00.000Z');
  });

  it('answers one waiting request, and none once it was answered', () => {
    const q = given();
    expect(q.feedbackRequest(agencyId, 'app-3', now)).toMatchObject({ assigneeId: 'sam', company: 'Initech' });
    expect(q.feedbackRequest(agencyId, 'app-7', now)).toBeNull();
    expect(q.feedbackRequest('agency-other', 'app-3', now)).toBeNull();
  });

  it('counts the open requests of each holder and the oldest of each', () => {
    const workload = given().feedbackWorkload(agencyId);
    expect(workload).toEqual(
      expect.arrayContaining([
        { assigneeId: 'sam', open: 2, oldestRequestedAt: '2026-03-01T12:00:00.000Z' },
        { assigneeId: 'kim', open: 1, oldestRequestedAt: '2026-03-12T12:00:00.000Z' },
        { assigneeId: null, open: 2, oldestRequestedAt: '2026-03-19T12:00:00.000Z' },
      ]),
    );
    expect(workload).toHaveLength(3);
  });

  it('shares each month’s requests answered within the target', () => {
    const q = given();
    expect(q.responseTargetDays(agencyId)).toBe(2);
    expect(q.answeredWithinTarget({ agencyId, now })).toEqual([
      // Feb: one declined the next day (in time), one answered a week later (late).
      { month: '2026-02', requests: 2, withinTarget: 1, share: 0.5 },
      // Mar: app-1, app-2 and app-3 are past due and unanswered; app-4 and app-5 still have time.
      { month: '2026-03', requests: 3, withinTarget: 0, share: 0 },
    ]);
    expect(q.answeredWithinTarget({ agencyId, now, from: '2026-03-01T00:00:00.000Z' })).toHaveLength(1);
    expect(q.answeredWithinTarget({ agencyId: 'agency-none', now })).toEqual([]);
  });
});
