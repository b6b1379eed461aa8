import { randomUUID } from 'node:crypto';
import { streams, type Command, type Decider, type Event } from '@pivotal/domain';
import { newEntityId, newEventId, type EventToAppend } from '@pivotal/event-store';

/**
 * Events shaped like Pivotal's (a job application with its metadata), with fresh ids made as the
 * command handler makes them (`newEventId`, time-ordered), and random correlation ids as it does.
 */
export const applicationEvents = (count: number, round: number): EventToAppend[] =>
  Array.from({ length: count }, (_, i) => ({
    id: newEventId(),
    type: 'JobApplied',
    data: {
      applicationId: `app-${round}-${i}`,
      candidateId: `cand-${i % 97}`,
      company: 'Northwind Analytics',
      role: 'Senior Data Engineer',
      source: 'REFERRAL',
      appliedOn: '2026-11-20',
      notes: 'Referred by a former colleague; the role matches the last two projects.',
    },
    metadata: {
      schemaVersion: 1,
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actorId: `account-${i % 97}`,
      occurredAt: '2026-11-25T12:00:00.000Z',
    },
  }));

/** Events to append in batches, and the stream of each batch. */
export interface BatchedWorkload {
  readonly events: readonly EventToAppend[];
  /** `streams[b]` receives events `b * batch` to `(b + 1) * batch - 1`. */
  readonly streams: readonly string[];
}

/**
 * `count` events in batches of `batch`, each batch a new application's stream, named as the api
 * names one (`application-<newEntityId()>`).
 */
export const batchedWorkload = (count: number, round: number, batch: number): BatchedWorkload => ({
  events: applicationEvents(count, round),
  streams: Array.from({ length: Math.ceil(count / batch) }, () => streams.application(newEntityId())),
});

/** A tiny stream kind for the command benchmark: a tally that refuses to pass a ceiling. */
export type Tap = Command<'Tap', { by: number }>;
export type Tapped = Event<'Tapped', { by: number; total: number }>;
export const tapDecider: Decider<Tap, Tapped, { total: number }> = {
  initialState: () => ({ total: 0 }),
  evolve: (state, event) => ({ total: event.data.total }),
  decide: (command, state) => {
    if (state.total + command.data.by > 1_000_000) throw new RangeError('the tally is full');
    return [{ type: 'Tapped', data: { by: command.data.by, total: state.total + command.data.by } }];
  },
};
