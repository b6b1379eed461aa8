import Database from 'better-sqlite3';
import type { PivotalEvent } from '@pivotal/domain';
import type { RecordedEvent } from '@pivotal/event-store';
import type { Projection, ReadModelDb } from '../projection';
import { prepareReadModelSchema } from '../read-model-schema';

/** Recorded events as a store would hand them over, positions 0, 1, 2, … in the given order. */
export const recorded = (events: readonly PivotalEvent[], firstPosition = 0n): RecordedEvent[] =>
  events.map((event, i) => ({
    id: `event-${String(firstPosition + BigInt(i))}`,
    streamId: 'test',
    revision: BigInt(i),
    position: firstPosition + BigInt(i),
    type: event.type,
    data: event.data,
    metadata: {
      schemaVersion: 1,
      correlationId: 'c',
      causationId: 'c',
      actorId: 'system',
      occurredAt: '2026-01-01T00:00:00.000Z',
    },
  }));

/** A fresh in-memory read model with these projections' schema and the given events applied as one batch. */
export const readModelWith = (projections: readonly Projection[], events: readonly PivotalEvent[]): ReadModelDb => {
  const db = new Database(':memory:');
  prepareReadModelSchema(db, projections);
  db.transaction(() => {
    for (const event of recorded(events)) {
      for (const projection of projections) {
        if (projection.handles.includes(event.type as PivotalEvent['type'])) projection.apply(db, event);
      }
    }
    for (const projection of projections) projection.flush?.(db);
  })();
  return db;
};
