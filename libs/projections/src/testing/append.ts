import { schemaVersionOf, type PivotalEvent } from '@pivotal/domain';
import { newEventId, type EventStore } from '@pivotal/event-store';

/** Appends events one by one to the stream `stream` (revision checks off): tests only care about the log's order. */
export const appendEvents = async (
  store: EventStore,
  events: readonly PivotalEvent[],
  stream = 'test-stream',
  schemaVersion?: number,
): Promise<bigint> => {
  let position = -1n;
  for (const event of events) {
    const id = newEventId();
    ({ position } = await store.append(
      stream,
      [
        {
          id,
          type: event.type,
          data: event.data,
          metadata: {
            schemaVersion: schemaVersion ?? schemaVersionOf(event.type),
            correlationId: id,
            causationId: id,
            actorId: 'system',
            occurredAt: '2026-01-01T00:00:00.000Z',
          },
        },
      ],
      'any',
    ));
  }
  return position;
};

/** `n` registrations of distinct candidates: cheap, numbered events for runner tests. */
export const registrations = (n: number, from = 0): PivotalEvent[] =>
  Array.from({ length: n }, (_, i) => ({
    type: 'CandidateRegistered',
    data: {
      candidateId: `cand-${from + i}`,
      name: `Candidate ${from + i}`,
      email: `c${from + i}@example.test`,
      agencyId: 'agency-1',
      registeredAt: '2026-01-01T00:00:00.000Z',
    },
  }));
