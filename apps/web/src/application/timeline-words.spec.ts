import { describe, expect, it } from 'vitest';
import { timelineWords, type HistoryEvent } from './timeline-words';

const event = (type: string, data: object): HistoryEvent => ({
  type,
  occurredAt: '2026-11-20T10:00:00.000Z',
  position: '1',
  data: JSON.stringify(data),
});

describe('timelineWords', () => {
  it.each([
    [event('JobApplied', { company: 'Acme', role: 'Engineer' }), 'You applied for Engineer at Acme.'],
    [
      event('InterviewScheduled', { stage: 'Phone screen', scheduledFor: '2026-11-22T09:00:00.000Z' }),
      'Phone screen interview was planned for 22 Nov 2026.',
    ],
    [
      event('Interviewed', { stage: 'technical', selfRating: 4 }),
      'You had the technical interview, and you rated it 4 out of 5.',
    ],
    [event('Interviewed', { stage: '', selfRating: null }), 'You had an interview.'],
    [
      event('ApplicationRejected', { reason: 'more experience needed' }),
      'The answer was no: more experience needed.',
    ],
    [event('ApplicationRejected', { reason: null }), 'The answer was no.'],
    [event('OfferReceived', {}), 'You received an offer.'],
    [event('ApplicationWithdrawn', {}), 'You withdrew your application.'],
    [event('FeedbackRequested', {}), 'You asked for feedback.'],
    [event('FeedbackReceived', { points: [{}, {}] }), 'Feedback arrived with 2 points.'],
    [
      event('FeedbackDeclined', { reason: 'the employer does not give feedback' }),
      'Your agency could not get feedback: the employer does not give feedback.',
    ],
  ])('says %# in words', (given, words) => {
    expect(timelineWords(given)).toBe(words);
  });

  it('never shows an unknown event name, nor breaks on unreadable data', () => {
    expect(timelineWords({ type: 'SomethingNew', occurredAt: '', position: '9', data: '{' })).toBe(
      'The application was updated.',
    );
  });
});
