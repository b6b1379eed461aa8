import type { EventStore } from '@pivotal/event-store';
import { ProjectionTimeout, type Projection, type ProjectionStatus, type ReadModelDb } from '@pivotal/projections';
import type { ProjectionsPort } from '../graphql/context';

interface CheckpointRow {
  readonly name: string;
  readonly version: number;
  readonly position: string | null;
  readonly failed_position: string | null;
  readonly error: string | null;
  readonly active: number | null;
}

/**
 * The projections of the process that writes this read-model file (a running server), seen
 * through the checkpoints it commits with its rows: an operator command run beside it appends to
 * the event store, then waits here until that server's projections show the write. It never
 * writes the file.
 */
export const followCheckpoints = (
  db: ReadModelDb,
  store: Pick<EventStore, 'positionFromString'>,
  projections: readonly Projection[],
  pollMs = 20,
): ProjectionsPort => {
  const rows = db.prepare(
    `SELECT c.name, c.version, c.position, c.failed_position, c.error, a.version = c.version AS active
     FROM projection_checkpoints c LEFT JOIN projection_active a ON a.name = c.name`,
  );
  const status = (): ProjectionStatus[] => {
    const byKey = new Map((rows.all() as CheckpointRow[]).map((row) => [`${row.name}@${row.version}`, row]));
    return projections.map((projection) => {
      const row = byKey.get(`${projection.name}@${projection.version}`);
      return {
        name: projection.name,
        version: projection.version,
        active: row?.active === 1,
        position: row?.position ?? null,
        caughtUp: row !== undefined && row.error === null,
        stoppedWith: row?.error ? { error: row.error, position: row.failed_position ?? '' } : null,
      };
    });
  };
  const behind = (position: bigint) =>
    status().filter((s) => s.position === null || store.positionFromString(s.position) < position);

  return {
    status,
    waitForPosition: async (position, timeoutMs) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const lagging = behind(position);
        if (lagging.length === 0) return;
        if (Date.now() >= deadline) {
          throw new ProjectionTimeout(
            String(position),
            timeoutMs,
            lagging.map((s) => ({ name: s.name, position: s.position, stoppedWith: s.stoppedWith?.error ?? null })),
          );
        }
        await new Promise((resolve) => setTimeout(resolve, pollMs));
      }
    },
  };
};
