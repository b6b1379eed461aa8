import { describe, expect, it } from 'vitest';
import { pivotalProjections } from '../read-models';
import { readModelWith } from '../testing/recorded';
import { ada, agencyId, bob, story } from '../testing/story';
import { createReadModelQueries } from './read-model-queries';

const given = () => createReadModelQueries(readModelWith(pivotalProjections, story));

describe('read-model queries, given the story of one agency', () => {
  it('finds accounts by email (any case) and id, and agencies by join code', () => {
    const q = given();
    expect(q.accountByEmail('SAM@northwind.test')).toMatchObject({ id: 'staff-1', role: 'STAFF', agencyId });
    expect(q.accountsByIds(['nobody', 'staff-1']).map((a) => a?.id ?? null)).toEqual([null, 'staff-1']);
    expect(q.agencyByJoinCode('north1')).toMatchObject({ id: agencyId, name: 'Northwind Careers' });
    expect(q.staffOfAgency(agencyId)).toEqual([
      { agencyId, accountId: 'staff-1', role: 'STAFF', addedAt: '2026-01-01T09:06:00.000Z' },
    ]);
  });

  it('counts a candidate’s stats and the weeks in a row with activity up to now', () => {
    const q = given();
    // Ada acted in the ISO weeks of 5, 12, 19 Jan, 2 Feb and 9 Feb 2026 (the 26 Jan week is empty).
    expect(q.candidateById(ada, '2026-02-11T00:00:00.000Z')?.stats).toEqual({
      applied: 2,
      interviewed: 2,
      rejected: 1,
      offers: 1,
      withdrawn: 0,
      feedbackRequested: 1,
      feedbackReceived: 1,
      goalsSet: 2,
      goalsCompleted: 1,
      streakWeeks: 2,
      lastActiveAt: '2026-02-10T10:00:00.000Z',
    });
    expect(q.candidateById(ada, '2026-02-18T00:00:00.000Z')?.stats.streakWeeks).toBe(2);
    expect(q.candidateById(ada, '2026-02-25T00:00:00.000Z')?.stats.streakWeeks).toBe(0);
    expect(q.candidateById(ada, '2026-01-20T00:00:00.000Z')?.stats.streakWeeks).toBe(3);
  });

  it('lists and searches the agency’s candidates by name or email, a page at a time', () => {
    const q = given();
    const now = '2026-03-01T00:00:00.000Z';
    const first = q.candidatesOfAgency({ agencyId, first: 1, now });
    expect(first.nodes.map((c) => c.name)).toEqual(['Ada Lovelace']);
    expect(first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const second = q.candidatesOfAgency({ agencyId, first: 1, after: first.pageInfo.endCursor, now });
    expect(second.nodes.map((c) => c.name)).toEqual(['Bob Babbage']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(q.candidatesOfAgency({ agencyId, search: 'BABB', now }).nodes.map((c) => c.id)).toEqual([bob]);
    expect(q.candidatesOfAgency({ agencyId, search: 'ada@example', now }).totalCount).toBe(1);
    expect(q.candidatesOfAgency({ agencyId, search: '%', now }).totalCount).toBe(0);
  });

  it('lists a candidate’s applications newest first with status, feedback, interviews and goals', () => {
    const q = given();
    const page = q.applicationsOfCandidate({ candidateId: ada });
    expect(page.nodes.map((a) => [a.id, a.status, a.feedbackStatus])).toEqual([
      ['app-2', 'OFFER', 'NONE'],
      ['app-1', 'REJECTED', 'RECEIVED'],
    ]);
    expect(page.nodes[1]).toMatchObject({
      interviewCount: 2,
      firstInterviewAt: '2026-01-12T15:00:00.000Z',
      rejectionReason: 'not enough experience',
      feedbackRequestedAt: '2026-01-21T12:00:00.000Z',
    });
    const [interviews] = q.interviewsByApplicationIds(['app-1']);
    expect(interviews?.map((i) => [i.id, i.stage, i.scheduledFor !== null, i.selfRating])).toEqual([
      ['int-1', 'phone screen', true, 4],
      ['int-2', 'technical', false, 2],
    ]);
    const [none, feedback] = q.feedbackByApplicationIds(['app-2', 'app-1']);
    expect(none).toBeNull();
    expect(feedback?.points.map((p) => p.theme)).toEqual([
      'TECHNICAL_SKILLS',
      'COMMUNICATION',
      'PREPARATION',
    ]);
    expect(q.goalsByApplicationIds(['app-1'])[0]?.map((g) => g.id)).toEqual(['goal-1', 'goal-2']);
    expect(
      q.applicationsOfCandidate({ candidateId: bob, status: 'WITHDRAWN' }).nodes.map((a) => a.id),
    ).toEqual(['app-4']);
  });

  it('queues unanswered feedback requests oldest first with their waiting hours', () => {
    const q = given();
    const queue = q.feedbackQueue({ agencyId, now: '2026-01-12T10:00:00.000Z' });
    expect(queue.totalCount).toBe(1);
    expect(queue.nodes).toEqual([
      expect.objectContaining({ applicationId: 'app-3', candidateName: 'Bob Babbage', waitingHours: 48 }),
    ]);
  });

  it('gives goals with status, theme and the point they came from', () => {
    const q = given();
    const [goals] = q.goalsByCandidateIds([ada]);
    expect(goals?.map((g) => [g.id, g.status, g.theme, g.source?.point?.note])).toEqual([
      ['goal-2', 'ABANDONED', 'PREPARATION', 'research the company'],
      ['goal-1', 'COMPLETED', 'TECHNICAL_SKILLS', 'system design'],
    ]);
    expect(
      q.goalsOfCandidate({ candidateId: ada, status: 'COMPLETED' }).nodes.map((g) => g.reflection),
    ).toEqual(['did ten designs']);
  });

  it('answers the agency analytics as aggregates over a date range', () => {
    const q = given();
    const all = q.agencyAnalytics({ agencyId });
    expect(all.funnel).toEqual({
      applied: 4,
      interviewed: 2,
      rejected: 2,
      offers: 1,
      withdrawn: 1,
      feedbackRequested: 2,
      feedbackReceived: 1,
      feedbackDeclined: 0,
    });
    expect(all.timeToFeedback).toMatchObject({ count: 1, p50Hours: 48, p90Hours: 48 });
    expect(all.timeToFeedback.histogram.find((b) => b.count === 1)?.upToHours).toBe(48);
    expect(all.themes).toContainEqual({ theme: 'TECHNICAL_SKILLS', polarity: 'IMPROVEMENT', count: 1 });
    expect(all.goalImpact).toMatchObject({
      candidatesWithCompletedGoals: 1,
      offerRateBeforeGoals: 0,
      offerRateAfterGoals: 1,
    });
    const february = q.agencyAnalytics({
      agencyId,
      from: '2026-02-01T00:00:00.000Z',
      to: '2026-03-01T00:00:00.000Z',
    });
    expect(february.funnel.applied).toBe(1);
    expect(february.goalImpact.offerRateBeforeGoals).toBeNull();
    expect(february.themes).toEqual([]);
  });
});
