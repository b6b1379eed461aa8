import { describe, expect, it } from 'vitest';
import type { EventToAppend } from '@pivotal/event-store';
import { generateHistory, type HistoryOptions } from './generate-history';

const now = '2026-11-25T12:00:00.000Z';
const options: HistoryOptions = { seed: 5, now, agencyId: 'agency-1', candidates: 150 };
const data = (e: EventToAppend) => e.data as Record<string, string | null>;
const at = (e: EventToAppend) => Date.parse(e.metadata.occurredAt);
const DECIDED = new Set(['ApplicationRejected', 'OfferReceived', 'ApplicationWithdrawn']);

describe('the candidates’ own tracking in the demo history', () => {
  const applications = [...generateHistory(options)].filter((batch) => batch.streamId.startsWith('application-')).map((batch) => batch.events);

  it('given feedback that arrived, then some of it has a reflection written after it, in the same stream, naming it', () => {
    const received = applications.filter((events) => events.some((e) => e.type === 'FeedbackReceived'));
    const reflected = received.filter((events) => events.some((e) => e.type === 'ReflectionWritten'));
    expect(reflected.length / received.length).toBeGreaterThan(0.3);
    expect(reflected.length / received.length).toBeLessThan(0.6);
    for (const events of reflected) {
      const feedback = events.find((e) => e.type === 'FeedbackReceived') as EventToAppend;
      const reflection = events.at(-1) as EventToAppend;
      expect(reflection.type).toBe('ReflectionWritten');
      expect(data(reflection).feedbackId).toBe(data(feedback).feedbackId);
      expect(at(reflection)).toBeGreaterThanOrEqual(at(feedback));
      expect((data(reflection).text ?? '').length).toBeGreaterThan(0);
    }
  });

  it('given applications still open, then many carry a follow-up: some ahead, some overdue, some done', () => {
    const followed = applications.filter((events) => events.some((e) => e.type === 'FollowUpSet'));
    expect(followed.length).toBeGreaterThan(0);
    const states = { ahead: 0, overdue: 0, done: 0 };
    for (const events of followed) {
      expect(events.some((e) => DECIDED.has(e.type))).toBe(false);
      const set = events.find((e) => e.type === 'FollowUpSet') as EventToAppend;
      const completed = events.find((e) => e.type === 'FollowUpCompleted');
      const due = Date.parse(data(set).followUpAt as string);
      if (completed) {
        expect(data(completed).followUpAt).toBe(data(set).followUpAt);
        expect(at(completed)).toBeGreaterThanOrEqual(due);
        states.done += 1;
      } else if (due > Date.parse(now)) states.ahead += 1;
      else states.overdue += 1;
    }
    expect(states.ahead).toBeGreaterThan(0);
    expect(states.overdue).toBeGreaterThan(0);
    expect(states.done).toBeGreaterThan(0);
  });
});
