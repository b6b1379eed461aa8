import { describe, it } from 'vitest';
import { Forbidden, NotFound } from '../shared/errors';
import { specification } from '../shared/specification';
import type { CalendarFeedReset } from './calendar-feed.events';
import { candidateDecider } from './candidate.decider';
import type { CandidateRegistered } from './candidate.events';
import type { ResetCalendarFeed } from './candidate.commands';

const given = specification(candidateDecider);
const NOW = '2026-11-25T12:00:00.000Z';
const registered: CandidateRegistered = {
  type: 'CandidateRegistered',
  data: { candidateId: 'cand-1', name: 'Lee', email: 'lee@example.test', agencyId: null, registeredAt: NOW },
};
const reset = (actorId = 'cand-1'): ResetCalendarFeed => ({
  type: 'ResetCalendarFeed',
  data: { candidateId: 'cand-1', actorId, now: NOW },
});
const resetTo = (version: number): CalendarFeedReset => ({
  type: 'CalendarFeedReset',
  data: { candidateId: 'cand-1', version, resetAt: NOW },
});

describe('resetting the calendar feed', () => {
  it('moves the feed to version 1 from the first URL (version 0)', () =>
    given([registered])
      .when(reset())
      .then([resetTo(1)]));

  it('moves it one version further each time, so every older URL is revoked', () =>
    given([registered, resetTo(1), resetTo(2)])
      .when(reset())
      .then([resetTo(3)]));

  it('refuses anyone but the candidate', () =>
    given([registered]).when(reset('staff-1')).thenThrows(Forbidden, 'its own calendar feed'));

  it('refuses a candidate that does not exist', () =>
    given([]).when(reset()).thenThrows(NotFound, 'candidate cand-1 not found'));
});
