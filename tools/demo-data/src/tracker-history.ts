import type { PivotalEvent } from '@pivotal/domain';
import type { TimedEvent } from './candidate-history';
import { FOLLOW_UP_NOTES, REFLECTIONS } from './demo-vocabulary';
import type { Random } from './prng';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** How often candidates use the tracker in the simulation. */
export const TRACKER_RATES = {
  /** Feedback that arrived, reflected on before reading it. */
  reflection: 0.45,
  /** Applications still open that carry a follow-up. */
  followUp: 0.55,
  /** Of those whose follow-up date has passed, how many were dealt with (the rest are overdue). */
  followUpDone: 0.5,
} as const;

/** The types after which an application is still waiting on the company. */
const OPEN_AFTER = new Set(['JobApplied', 'InterviewScheduled', 'Interviewed']);

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * The candidate's own tracking on top of a simulated history: a reflection written soon after some
 * feedback arrived (and before reading it), and follow-ups on applications still open (some ahead,
 * some done, some overdue). Each lands at the end of its application's stream, after the events it
 * follows, so the history stays in causal order. Draws from `random` only after the history is made.
 */
export const simulateTracker = (random: Random, history: readonly TimedEvent[], now: number): TimedEvent[] => {
  const lastOf = new Map<string, TimedEvent>();
  const appliedIn = new Map<string, { applicationId: string; candidateId: string }>();
  for (const timed of history) {
    lastOf.set(timed.streamId, timed);
    if (timed.event.type === 'JobApplied') appliedIn.set(timed.streamId, timed.event.data);
  }
  const out: TimedEvent[] = [];
  for (const [streamId, last] of lastOf) {
    const { event } = last;
    if (event.type === 'FeedbackReceived') {
      if (!random.chance(TRACKER_RATES.reflection)) continue;
      const at = last.at + random.between(0.2, 30) * HOUR;
      if (at > now) continue;
      const { applicationId, candidateId, feedbackId } = event.data;
      const reflection: PivotalEvent = {
        type: 'ReflectionWritten',
        data: { applicationId, candidateId, feedbackId, text: random.pick(REFLECTIONS), writtenAt: iso(at) },
      };
      out.push({ streamId, at, actorId: candidateId, event: reflection });
      continue;
    }
    if (!OPEN_AFTER.has(event.type) || !random.chance(TRACKER_RATES.followUp)) continue;
    const applied = appliedIn.get(streamId);
    if (!applied) continue;
    const { applicationId, candidateId } = applied;
    const setAt = Math.min(now, last.at + random.between(0.5, 2) * DAY);
    const followUpAt = setAt + random.between(3, 12) * DAY;
    out.push({
      streamId,
      at: setAt,
      actorId: candidateId,
      event: { type: 'FollowUpSet', data: { applicationId, candidateId, followUpAt: iso(followUpAt), note: random.pick(FOLLOW_UP_NOTES), setAt: iso(setAt) } },
    });
    const completedAt = followUpAt + random.between(0, 2) * DAY;
    if (completedAt <= now && random.chance(TRACKER_RATES.followUpDone)) {
      out.push({
        streamId,
        at: completedAt,
        actorId: candidateId,
        event: { type: 'FollowUpCompleted', data: { applicationId, candidateId, followUpAt: iso(followUpAt), completedAt: iso(completedAt) } },
      });
    }
  }
  return out;
};
