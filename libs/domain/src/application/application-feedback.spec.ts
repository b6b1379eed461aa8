import { describe, it } from 'vitest';
import { Forbidden, InvalidInput, NotFound, RuleBroken } from '../shared/errors';
import { specification } from '../shared/specification';
import type { FeedbackPointInput } from './application.commands';
import { applicationDecider } from './application.decider';
import {
  NOW,
  agencyId,
  applicationId,
  applied,
  candidateId,
  declineFeedback,
  feedbackDeclined,
  feedbackReceived,
  feedbackRequested,
  interviewed,
  offered,
  recordFeedback,
  rejected,
  requestFeedback,
  scheduled,
  staffId,
  withdrawn,
} from './application.fixtures';

const given = specification(applicationDecider);
const point: FeedbackPointInput = { theme: 'COMMUNICATION', polarity: 'IMPROVEMENT', note: 'Slow down.' };

describe('requesting feedback', () => {
  const request = { type: 'FeedbackRequested' as const, data: { applicationId, candidateId, agencyId, requestedAt: NOW } };

  it('is possible after a rejection', () => given([applied, rejected]).when(requestFeedback()).then([request]));

  it('is possible after an interview took place', () => given([applied, interviewed]).when(requestFeedback()).then([request]));

  it('goes to the agency the candidate belongs to now', () =>
    given([{ ...applied, data: { ...applied.data, agencyId: null } }, rejected])
      .when(requestFeedback({ agencyId: 'agency-2' }))
      .then([{ ...request, data: { ...request.data, agencyId: 'agency-2' } }]));

  it('refuses an application that reached no interview nor rejection', () =>
    given([applied]).when(requestFeedback()).thenThrows(RuleBroken, 'reached an interview or a rejection'));

  it('refuses when an interview was only scheduled', () =>
    given([applied, scheduled]).when(requestFeedback()).thenThrows(RuleBroken, 'reached an interview or a rejection'));

  it('refuses an offer without an interview', () =>
    given([applied, offered]).when(requestFeedback()).thenThrows(RuleBroken, 'reached an interview or a rejection'));

  it('is requested once while pending', () =>
    given([applied, rejected, feedbackRequested])
      .when(requestFeedback())
      .thenThrows(RuleBroken, 'feedback is requested once while it is pending'));

  it('refuses a repeat after feedback was received', () =>
    given([applied, rejected, feedbackRequested, feedbackReceived])
      .when(requestFeedback())
      .thenThrows(RuleBroken, 'feedback is requested once per application'));

  it('refuses a repeat after feedback was declined', () =>
    given([applied, rejected, feedbackRequested, feedbackDeclined])
      .when(requestFeedback())
      .thenThrows(RuleBroken, 'feedback is requested once per application'));

  it('refuses anyone but the candidate', () =>
    given([applied, rejected]).when(requestFeedback({ actorId: staffId })).thenThrows(Forbidden, 'request its feedback'));

  it('refuses a withdrawn application', () =>
    given([applied, interviewed, withdrawn]).when(requestFeedback()).thenThrows(RuleBroken, 'after it is withdrawn'));

  it('refuses a candidate with no agency to ask', () =>
    given([applied, rejected]).when(requestFeedback({ agencyId: null })).thenThrows(RuleBroken, 'through an agency'));

  it('refuses an application that does not exist', () => given([]).when(requestFeedback()).thenThrows(NotFound, 'not found'));
});

describe('recording feedback', () => {
  const requested = [applied, interviewed, rejected, feedbackRequested];
  const received = {
    type: 'FeedbackReceived' as const,
    data: {
      applicationId,
      feedbackId: 'fb-1',
      candidateId,
      receivedAt: NOW,
      recordedBy: staffId,
      summary: 'Solid, but underprepared.',
      recommendation: 'NO' as const,
      points: [
        { theme: 'PREPARATION' as const, polarity: 'IMPROVEMENT' as const, note: 'Research the company.' },
        { theme: 'TECHNICAL_SKILLS' as const, polarity: 'STRENGTH' as const, note: 'Clean code.' },
      ],
    },
  };

  it('records the critique, trimmed', () =>
    given(requested)
      .when(
        recordFeedback({
          summary: ' Solid, but underprepared. ',
          points: [
            { theme: 'PREPARATION', polarity: 'IMPROVEMENT', note: ' Research the company. ' },
            { theme: 'TECHNICAL_SKILLS', polarity: 'STRENGTH', note: 'Clean code.' },
          ],
        }),
      )
      .then([received]));

  it('records it without a recommendation', () =>
    given(requested)
      .when(recordFeedback({ recommendation: undefined }))
      .then([{ ...received, data: { ...received.data, recommendation: null } }]));

  it('accepts 20 points', () =>
    given(requested)
      .when(recordFeedback({ points: Array.from({ length: 20 }, () => point) }))
      .then([{ ...received, data: { ...received.data, points: Array.from({ length: 20 }, () => point) } }]));

  it('refuses feedback nobody requested', () =>
    given([applied, rejected]).when(recordFeedback()).thenThrows(RuleBroken, 'only after the candidate requests it'));

  it('refuses feedback already received', () =>
    given([...requested, feedbackReceived]).when(recordFeedback()).thenThrows(RuleBroken, 'already received'));

  it('refuses feedback already declined', () =>
    given([...requested, feedbackDeclined]).when(recordFeedback()).thenThrows(RuleBroken, 'already declined'));

  it('refuses staff of another agency', () =>
    given(requested)
      .when(recordFeedback({ staffAgencyId: 'agency-2' }))
      .thenThrows(Forbidden, 'only staff of the agency the request went to can record'));

  it('refuses someone of no agency', () =>
    given(requested).when(recordFeedback({ staffAgencyId: null })).thenThrows(Forbidden, 'only staff of the agency'));

  it('refuses a withdrawn application', () =>
    given([...requested, withdrawn]).when(recordFeedback()).thenThrows(RuleBroken, 'after it is withdrawn'));

  it('refuses an application that does not exist', () => given([]).when(recordFeedback()).thenThrows(NotFound, 'not found'));

  it('refuses a critique without points', () =>
    given(requested).when(recordFeedback({ points: [] })).thenThrows(InvalidInput, 'at least one', { field: 'points' }));

  it('refuses more than 20 points', () =>
    given(requested)
      .when(recordFeedback({ points: Array.from({ length: 21 }, () => point) }))
      .thenThrows(InvalidInput, 'at most 20', { field: 'points' }));

  it('refuses a blank point note, naming the point', () =>
    given(requested)
      .when(recordFeedback({ points: [point, point, { ...point, note: '  ' }] }))
      .thenThrows(InvalidInput, 'blank', { field: 'points[2].note' }));

  it('refuses a point note over 1000 characters', () =>
    given(requested)
      .when(recordFeedback({ points: [{ ...point, note: 'x'.repeat(1001) }] }))
      .thenThrows(InvalidInput, 'at most 1000', { field: 'points[0].note' }));

  it('refuses a theme outside the vocabulary', () =>
    given(requested)
      .when(recordFeedback({ points: [{ ...point, theme: 'LUCK' as never }] }))
      .thenThrows(InvalidInput, 'must be one of', { field: 'points[0].theme' }));

  it('refuses a polarity outside the vocabulary', () =>
    given(requested)
      .when(recordFeedback({ points: [point, { ...point, polarity: 'NEUTRAL' as never }] }))
      .thenThrows(InvalidInput, 'must be one of', { field: 'points[1].polarity' }));

  it('refuses a blank summary', () =>
    given(requested).when(recordFeedback({ summary: '' })).thenThrows(InvalidInput, 'blank', { field: 'summary' }));

  it('refuses a summary over 2000 characters', () =>
    given(requested)
      .when(recordFeedback({ summary: 'x'.repeat(2001) }))
      .thenThrows(InvalidInput, 'at most 2000', { field: 'summary' }));

  it('refuses a recommendation outside the vocabulary', () =>
    given(requested)
      .when(recordFeedback({ recommendation: 'MAYBE' as never }))
      .thenThrows(InvalidInput, 'must be one of', { field: 'recommendation' }));
});

describe('declining feedback', () => {
  const requested = [applied, rejected, feedbackRequested];
  const declined = {
    type: 'FeedbackDeclined' as const,
    data: { applicationId, declinedAt: NOW, declinedBy: staffId, reason: 'Employer gives none.' },
  };

  it('declines it with a reason', () => given(requested).when(declineFeedback({ reason: ' Employer gives none. ' })).then([declined]));

  it('refuses feedback nobody requested', () =>
    given([applied, rejected]).when(declineFeedback()).thenThrows(RuleBroken, 'declined only after the candidate requests it'));

  it('refuses feedback already received', () =>
    given([...requested, feedbackReceived]).when(declineFeedback()).thenThrows(RuleBroken, 'already received'));

  it('declines feedback once', () =>
    given([...requested, feedbackDeclined]).when(declineFeedback()).thenThrows(RuleBroken, 'already declined'));

  it('refuses staff of another agency', () =>
    given(requested)
      .when(declineFeedback({ staffAgencyId: 'agency-2' }))
      .thenThrows(Forbidden, 'only staff of the agency the request went to can decline'));

  it('refuses a blank reason', () =>
    given(requested).when(declineFeedback({ reason: ' ' })).thenThrows(InvalidInput, 'blank', { field: 'reason' }));

  it('refuses a reason over 2000 characters', () =>
    given(requested)
      .when(declineFeedback({ reason: 'x'.repeat(2001) }))
      .thenThrows(InvalidInput, 'at most 2000', { field: 'reason' }));

  it('refuses a withdrawn application', () =>
    given([...requested, withdrawn]).when(declineFeedback()).thenThrows(RuleBroken, 'after it is withdrawn'));

  it('refuses an application that does not exist', () => given([]).when(declineFeedback()).thenThrows(NotFound, 'not found'));
});
