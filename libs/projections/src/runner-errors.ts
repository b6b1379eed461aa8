/** `waitForPosition` gave up: some projection had not applied the log up to the position in time. */
export class ProjectionTimeout extends Error {
  constructor(
    readonly position: string,
    readonly timeoutMs: number,
    /** The projections still behind, with their checkpoint and why, when they stopped on an error. */
    readonly lagging: readonly { name: string; position: string | null; stoppedWith: string | null }[],
  ) {
    super(
      `projections did not reach position ${position} within ${timeoutMs} ms: ` +
        lagging
          .map((p) => `${p.name} at ${p.position ?? 'start'}${p.stoppedWith ? ` (stopped: ${p.stoppedWith})` : ''}`)
          .join(', '),
    );
    this.name = 'ProjectionTimeout';
  }
}

/** `rebuild(name)` named no projection of this runner. */
export class UnknownProjection extends Error {
  constructor(readonly projectionName: string) {
    super(`no projection named ${projectionName}`);
    this.name = 'UnknownProjection';
  }
}
