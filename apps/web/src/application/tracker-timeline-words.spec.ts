import { describe, expect, it } from 'vitest';
import { timelineWords, type HistoryEvent } from './timeline-words';

const event = (type: string, data: object): HistoryEvent => ({
  type,
  occurredAt: '2026-11-20T10:00:00.000Z',
  position: '1',
  data: JSON.stringify(data),
});

describe('the tracker in the timeline', () => {
  it.each([
    [
      event('ReflectionWritten', { text: 'my own words' }),
      'You wrote what you expected, before reading the feedback.',
    ],
    [
      event('FollowUpSet', { followUpAt: '2026-12-02T09:00:00.000Z', note: 'Call' }),
      'You planned to follow up on 2 Dec 2026.',
    ],
    [event('FollowUpCleared', {}), 'You dropped the follow-up.'],
    [event('FollowUpCompleted', {}), 'You followed up.'],
  ])('says %j in plain words, never the reflection itself', (given, words) =>
    expect(timelineWords(given)).toBe(words),
  );
});
