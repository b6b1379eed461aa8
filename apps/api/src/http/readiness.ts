/** One projection as the runner reports it (the fields readiness needs). */
export interface ProjectionHealth {
  readonly name: string;
  readonly lagEvents: number;
  readonly stopped: boolean;
  readonly error: string | null;
}

/** Ready when every projection has caught up and none has stopped on an error. */
export const readiness = (projections: readonly ProjectionHealth[]) => {
  const ready = projections.length > 0 && projections.every((p) => !p.stopped && p.lagEvents === 0);
  return { ready, projections };
};
