import type { ProjectionStatus } from '@pivotal/projections';

/** Ready when every projection has caught up with the log and none has stopped on an error. */
export const readiness = (projections: readonly ProjectionStatus[]) => {
  const ready = projections.length > 0 && projections.every((p) => p.caughtUp && p.stoppedWith === null);
  return { ready, projections };
};
