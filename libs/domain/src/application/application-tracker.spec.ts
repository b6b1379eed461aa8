import { describe, it } from 'vitest';
import { Forbidden, InvalidInput, NotFound, RuleBroken } from '../shared/errors';
import { specification } from '../shared/specification';
import { applicationDecider } from './application.decider';
import type { ClearFollowUp, CompleteFollowUp, SetFollowUp, WriteReflection } from './tracker.commands';
import type { FollowUpCleared, FollowUpCompleted, FollowUpSet, ReflectionWritten } from './tracker.events';
import {
  NOW,
  applicationId,
  applied,
  candidateId,
  feedbackDeclined,
  feedbackReceived,
  feedbackRequested,
  interviewed,
  rejected,
  withdrawn,
} from './application.fixtures';

const given = specification(applicationDecider);
const withFeedback = [applied, interviewed, rejected, feedbackRequested, feedbackReceived];
const LATER = '2026-12-02T09:00:00.000Z';

const writeReflection = (data: Partial<WriteReflection['data']> = {}): WriteReflection => ({
  type: 'WriteReflection',
  data: { applicationId, text: 'I rushed the system design.', actorId: candidateId, now: NOW, ...data },
});
const reflectionWritten: ReflectionWritten = {
  type: 'ReflectionWritten',
  data: {
    applicationId,
    candidateId,
    feedbackId: 'fb-1',
    text: 'I rushed the system design.',
    writtenAt: NOW,
  },
};
const setFollowUp = (data: Partial<SetFollowUp['data']> = {}): SetFollowUp => ({
  type: 'SetFollowUp',
  data: {
    applicationId,
    followUpAt: LATER,
    note: 'Email the recruiter',
    actorId: candidateId,
    now: NOW,
    ...data,
  },
});
const followUpSet = (data: Partial<FollowUpSet['data']> = {}): FollowUpSet => ({
  type: 'FollowUpSet',
  data: { applicationId, candidateId, followUpAt: LATER, note: 'Email the recruiter', setAt: NOW, ...data },
});
const clearFollowUp: ClearFollowUp = {
  type: 'ClearFollowUp',
  data: { applicationId, actorId: candidateId, now: NOW },
};
const completeFollowUp = (actorId = candidateId): CompleteFollowUp => ({
  type: 'CompleteFollowUp',
  data: { applicationId, actorId, now: NOW },
});
const followUpCleared: FollowUpCleared = {
  type: 'FollowUpCleared',
  data: { applicationId, candidateId, clearedAt: NOW },
};
const followUpCompleted: FollowUpCompleted = {
  type: 'FollowUpCompleted',
  data: { applicationId, candidateId, followUpAt: LATER, completedAt: NOW },
};

describe('writing the reflection before reading the feedback', () => {
  it('keeps what the candidate expected, for the feedback that arrived', () =>
    given(withFeedback)
      .when(writeReflection({ text: '  I rushed the system design. ' }))
      .then([reflectionWritten]));

  it('changes nothing when the same reflection is sent again', () =>
    given([...withFeedback, reflectionWritten])
      .when(writeReflection())
      .then([]));

  it('refuses to rewrite it: what was expected stays what was expected', () =>
    given([...withFeedback, reflectionWritten])
      .when(writeReflection({ text: 'On second thoughts…' }))
      .thenThrows(RuleBroken, 'a reflection is written once, before reading the feedback'));

  it('refuses before any feedback was asked for', () =>
    given([applied, interviewed])
      .when(writeReflection())
      .thenThrows(RuleBroken, 'there is no feedback to reflect on yet'));

  it('refuses while the feedback is still on its way', () =>
    given([applied, interviewed, feedbackRequested])
      .when(writeReflection())
      .thenThrows(RuleBroken, 'there is no feedback to reflect on yet'));

  it('refuses when no feedback will come', () =>
    given([applied, interviewed, feedbackRequested, feedbackDeclined])
      .when(writeReflection())
      .thenThrows(RuleBroken, 'nothing to reflect on'));

  it('refuses a blank reflection', () =>
    given(withFeedback)
      .when(writeReflection({ text: '   ' }))
      .thenThrows(InvalidInput, 'must not be blank', { field: 'text' }));

  it('refuses a reflection past its bound', () =>
    given(withFeedback)
      .when(writeReflection({ text: 'x'.repeat(2001) }))
      .thenThrows(InvalidInput, 'at most 2000 characters', { field: 'text' }));

  it('refuses another candidate', () =>
    given(withFeedback)
      .when(writeReflection({ actorId: 'cand-2' }))
      .thenThrows(Forbidden, 'write its reflection'));

  it('still lets the candidate reflect on feedback that arrived before withdrawing', () =>
    given([...withFeedback, withdrawn])
      .when(writeReflection())
      .then([reflectionWritten]));

  it('refuses an application that does not exist', () =>
    given([]).when(writeReflection()).thenThrows(NotFound));
});

describe('following an application up', () => {
  it('sets the date and the note', () => given([applied]).when(setFollowUp()).then([followUpSet()]));

  it('keeps the note optional', () =>
    given([applied])
      .when(setFollowUp({ note: '  ' }))
      .then([followUpSet({ note: null })]));

  it('moves a follow-up to a new date', () =>
    given([applied, followUpSet()])
      .when(setFollowUp({ followUpAt: '2026-12-09T09:00:00+01:00' }))
      .then([followUpSet({ followUpAt: '2026-12-09T08:00:00.000Z' })]));

  it('changes nothing when the same follow-up is set again', () =>
    given([applied, followUpSet()]).when(setFollowUp()).then([]));

  it('allows a date already past (it shows as overdue)', () =>
    given([applied])
      .when(setFollowUp({ followUpAt: '2026-11-20T09:00:00.000Z' }))
      .then([followUpSet({ followUpAt: '2026-11-20T09:00:00.000Z' })]));

  it('refuses a date more than a year ahead', () =>
    given([applied])
      .when(setFollowUp({ followUpAt: '2028-01-01T09:00:00.000Z' }))
      .thenThrows(InvalidInput, 'too far in the future', { field: 'followUpAt' }));

  it('refuses a date without a time zone', () =>
    given([applied])
      .when(setFollowUp({ followUpAt: '2026-12-02T09:00' }))
      .thenThrows(InvalidInput, 'time zone'));

  it('refuses a note past its bound', () =>
    given([applied])
      .when(setFollowUp({ note: 'x'.repeat(2001) }))
      .thenThrows(InvalidInput, 'at most', { field: 'note' }));

  it('refuses a withdrawn application', () =>
    given([applied, withdrawn])
      .when(setFollowUp())
      .thenThrows(RuleBroken, 'a withdrawn application is not followed up'));

  it('refuses another candidate', () =>
    given([applied])
      .when(setFollowUp({ actorId: 'cand-2' }))
      .thenThrows(Forbidden, 'set its follow-up'));

  it('refuses an application that does not exist', () => given([]).when(setFollowUp()).thenThrows(NotFound));
});

describe('clearing and completing a follow-up', () => {
  it('clears it', () => given([applied, followUpSet()]).when(clearFollowUp).then([followUpCleared]));

  it('changes nothing when there is none to clear (a retry, a second tab)', () => {
    given([applied]).when(clearFollowUp).then([]);
    given([applied, followUpSet(), followUpCleared]).when(clearFollowUp).then([]);
  });

  it('completes it, naming the date it was due', () =>
    given([applied, followUpSet()]).when(completeFollowUp()).then([followUpCompleted]));

  it('refuses to complete a follow-up never set, or already done', () => {
    given([applied]).when(completeFollowUp()).thenThrows(RuleBroken, 'there is no follow-up to complete');
    given([applied, followUpSet(), followUpCompleted])
      .when(completeFollowUp())
      .thenThrows(RuleBroken, 'no follow-up');
  });

  it('lets a new follow-up be set after one was completed', () =>
    given([applied, followUpSet(), followUpCompleted]).when(setFollowUp()).then([followUpSet()]));

  it('refuses another candidate', () =>
    given([applied, followUpSet()])
      .when(completeFollowUp('cand-2'))
      .thenThrows(Forbidden, 'complete its follow-up'));
});
