import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { PivotalEvent } from '@pivotal/domain';
import { createMemoryEventStore } from '@pivotal/event-store';
import { forgetCandidateTracking, pivotalProjections } from '../read-models';
import { createProjectionRunner } from '../runner';
import { appendEvents } from '../testing/append';
import { readModelWith } from '../testing/recorded';
import { ada, agencyId, bob, story } from '../testing/story';
import { cacheCandidateReads } from './candidate-read-cache';
import { createReadModelQueries } from './read-model-queries';

/** Ada's tracking on top of the story: a reflection on app-1's feedback, follow-ups, interviews to come. */
const tracking: PivotalEvent[] = [
  {
    type: 'ReflectionWritten',
    data: {
      applicationId: 'app-1',
      candidateId: ada,
      feedbackId: 'fb-1',
      text: 'I expect system design',
      writtenAt: '2026-01-23T12:05:00.000Z',
    },
  },
  {
    type: 'JobApplied',
    data: {
      applicationId: 'app-5',
      candidateId: ada,
      agencyId,
      company: 'Hooli',
      role: 'Lead',
      appliedAt: '2026-02-20T10:00:00.000Z',
    },
  },
  {
    type: 'InterviewScheduled',
    data: {
      applicationId: 'app-5',
      interviewId: 'int-5',
      stage: 'onsite',
      scheduledFor: '2026-03-04T09:00:00.000Z',
    },
  },
  {
    type: 'InterviewScheduled',
    data: {
      applicationId: 'app-5',
      interviewId: 'int-6',
      stage: 'phone',
      scheduledFor: '2026-02-25T09:00:00.000Z',
    },
  },
  {
    type: 'Interviewed',
    data: {
      applicationId: 'app-5',
      interviewId: 'int-6',
      stage: 'phone',
      occurredAt: '2026-02-25T09:00:00.000Z',
      selfRating: 4,
      notes: null,
    },
  },
  {
    type: 'FollowUpSet',
    data: {
      applicationId: 'app-5',
      candidateId: ada,
      followUpAt: '2026-03-06T09:00:00.000Z',
      note: 'Thank-you note',
      setAt: '2026-02-20T10:00:00.000Z',
    },
  },
  {
    type: 'FollowUpSet',
    data: {
      applicationId: 'app-2',
      candidateId: ada,
      followUpAt: '2026-02-27T09:00:00.000Z',
      note: null,
      setAt: '2026-02-20T10:00:00.000Z',
    },
  },
  {
    type: 'FollowUpSet',
    data: {
      applicationId: 'app-4',
      candidateId: bob,
      followUpAt: '2026-02-27T09:00:00.000Z',
      note: 'withdrawn, never shown',
      setAt: '2026-02-20T10:00:00.000Z',
    },
  },
];
const now = '2026-03-01T00:00:00.000Z';
const given = (extra: PivotalEvent[] = []) =>
  createReadModelQueries(readModelWith(pivotalProjections, [...story, ...tracking, ...extra]));

describe('the tracker read model', () => {
  it('keeps the reflection beside the application it was written for', () => {
    const q = given();
    expect(q.reflectionsByApplicationIds(['app-2', 'app-1'])).toEqual([
      null,
      {
        applicationId: 'app-1',
        feedbackId: 'fb-1',
        text: 'I expect system design',
        writtenAt: '2026-01-23T12:05:00.000Z',
      },
    ]);
  });

  it('lists follow-ups and interviews to come, soonest first, overdue marked, held interviews left out', () => {
    expect(given().remindersOfCandidate({ candidateId: ada, now })).toEqual([
      {
        applicationId: 'app-2',
        kind: 'FOLLOW_UP',
        dueAt: '2026-02-27T09:00:00.000Z',
        note: 'Follow up: Engineer at Globex',
        overdue: true,
      },
      {
        applicationId: 'app-5',
        kind: 'INTERVIEW',
        dueAt: '2026-03-04T09:00:00.000Z',
        note: 'Interview: onsite at Hooli',
        overdue: false,
      },
      {
        applicationId: 'app-5',
        kind: 'FOLLOW_UP',
        dueAt: '2026-03-06T09:00:00.000Z',
        note: 'Thank-you note',
        overdue: false,
      },
    ]);
  });

  it('answers at most `first` reminders', () =>
    expect(
      given()
        .remindersOfCandidate({ candidateId: ada, now, first: 1 })
        .map((r) => r.applicationId),
    ).toEqual(['app-2']));

  it('leaves out the follow-up of a withdrawn application, and those of other candidates', () => {
    const q = given();
    expect(q.remindersOfCandidate({ candidateId: bob, now })).toEqual([]);
    expect(q.remindersOfCandidate({ candidateId: ada, now }).every((r) => r.applicationId !== 'app-4')).toBe(
      true,
    );
  });

  it('drops a follow-up cleared or completed, and moves one set again', () => {
    const q = given([
      { type: 'FollowUpCleared', data: { applicationId: 'app-2', candidateId: ada, clearedAt: now } },
      {
        type: 'FollowUpSet',
        data: {
          applicationId: 'app-5',
          candidateId: ada,
          followUpAt: '2026-03-10T09:00:00.000Z',
          note: 'Call',
          setAt: now,
        },
      },
    ]);
    expect(q.followUpsByApplicationIds(['app-2', 'app-5'])).toEqual([
      null,
      { applicationId: 'app-5', followUpAt: '2026-03-10T09:00:00.000Z', note: 'Call' },
    ]);
    const done = given([
      {
        type: 'FollowUpCompleted',
        data: {
          applicationId: 'app-5',
          candidateId: ada,
          followUpAt: '2026-03-06T09:00:00.000Z',
          completedAt: now,
        },
      },
    ]);
    expect(done.remindersOfCandidate({ candidateId: ada, now }).map((r) => r.kind)).toEqual([
      'FOLLOW_UP',
      'INTERVIEW',
    ]);
  });

  it('drops an interview to come once the application is rejected', () => {
    const q = given([
      { type: 'ApplicationRejected', data: { applicationId: 'app-5', rejectedAt: now, reason: null } },
    ]);
    expect(q.remindersOfCandidate({ candidateId: ada, now }).map((r) => r.kind)).toEqual([
      'FOLLOW_UP',
      'FOLLOW_UP',
    ]);
  });

  it('puts every interview, held or to come, and every follow-up in the calendar, with stable uids', () => {
    expect(
      given()
        .calendarOfCandidate(ada)
        .map((e) => [e.uid, e.startsAt, e.summary, e.description]),
    ).toEqual([
      ['interview-int-1', '2026-01-12T15:00:00.000Z', 'Interview: phone screen at Acme', null],
      ['interview-int-6', '2026-02-25T09:00:00.000Z', 'Interview: phone at Hooli', null],
      ['follow-up-app-2', '2026-02-27T09:00:00.000Z', 'Follow up: Engineer at Globex', null],
      ['interview-int-5', '2026-03-04T09:00:00.000Z', 'Interview: onsite at Hooli', null],
      ['follow-up-app-5', '2026-03-06T09:00:00.000Z', 'Follow up: Lead at Hooli', 'Thank-you note'],
    ]);
  });

  it('keeps the calendar feed version, 0 until the first reset', () => {
    const q = given([
      { type: 'CalendarFeedReset', data: { candidateId: ada, version: 1, resetAt: now } },
      { type: 'CalendarFeedReset', data: { candidateId: ada, version: 2, resetAt: now } },
    ]);
    expect(q.calendarFeedVersion(ada)).toBe(2);
    expect(q.calendarFeedVersion(bob)).toBe(0);
  });

  it('given a candidate forgotten (erasure), then their reflections read as erased, their follow-ups go and their feed is revoked', () => {
    const db = readModelWith(pivotalProjections, [...story, ...tracking]);
    const q = createReadModelQueries(db);
    forgetCandidateTracking(db, ada);
    expect(q.reflectionsByApplicationIds(['app-1'])[0]?.text).toBe('[erased]');
    expect(q.remindersOfCandidate({ candidateId: ada, now }).map((r) => r.kind)).toEqual(['INTERVIEW']);
    expect(q.calendarOfCandidate(ada).some((e) => e.kind === 'FOLLOW_UP')).toBe(false);
    expect(q.calendarFeedVersion(ada)).toBeNull();
    expect(q.reflectionShare({ agencyId })).toMatchObject({ reflected: 1 });
  });

  it('counts the share of the agency feedback read after a reflection, in the date range', () => {
    const q = given();
    expect(q.reflectionShare({ agencyId })).toEqual({ feedbackReceived: 1, reflected: 1, share: 1 });
    expect(q.reflectionShare({ agencyId, from: '2026-02-01T00:00:00.000Z' })).toEqual({
      feedbackReceived: 0,
      reflected: 0,
      share: null,
    });
    const withoutReflection = createReadModelQueries(readModelWith(pivotalProjections, story));
    expect(withoutReflection.reflectionShare({ agencyId })).toEqual({
      feedbackReceived: 1,
      reflected: 0,
      share: 0,
    });
  });
});

describe('the tracker behind the candidate read cache', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it('given a cached dashboard, when a follow-up is set and a reflection written, then the next reads show them', async () => {
    const store = createMemoryEventStore();
    const db = new Database(':memory:');
    const runner = createProjectionRunner({
      store,
      db,
      projections: pivotalProjections,
      logger: { info: () => undefined, error: () => undefined },
    });
    const cache = cacheCandidateReads(createReadModelQueries(db), runner);
    cleanups.push(async () => {
      cache.stop();
      await runner.stop();
      await store.close();
    });
    await appendEvents(store, story);
    await runner.start();
    const q = cache.queries;
    const before = q.applicationsOfCandidate({ candidateId: ada, first: 100 });
    expect(q.remindersOfCandidate({ candidateId: ada, now })).toEqual([]);

    await runner.waitForPosition(await appendEvents(store, tracking), 2000);

    expect(q.remindersOfCandidate({ candidateId: ada, now }).map((r) => r.dueAt)).toHaveLength(3);
    expect(q.followUpsByApplicationIds(['app-2'])[0]?.followUpAt).toBe('2026-02-27T09:00:00.000Z');
    expect(q.reflectionsByApplicationIds(['app-1'])[0]?.text).toBe('I expect system design');
    expect(q.applicationsOfCandidate({ candidateId: ada, first: 100 }).totalCount).toBe(
      before.totalCount + 1,
    );
  });
});
