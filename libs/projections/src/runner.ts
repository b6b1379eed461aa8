import { upcast as upcastEnvelope } from '@pivotal/domain';
import { afterGroupCommits, type EventStore, type RecordedEvent } from '@pivotal/event-store';
import { pagesOfLog } from './log-pages';
import type { Projection, ReadModelDb } from './projection';
import {
  activateVersion,
  dropSecondaryIndexes,
  isActiveVersion,
  prepareReadModelSchema,
  readCheckpoint,
  resetProjection,
} from './read-model-schema';
import { rebuildAside, RebuildAsideFailed } from './rebuild-aside';
import { ProjectionTimeout, UnknownProjection } from './runner-errors';
import { removeLeftoverScratch } from './scratch-read-model-db';

/** The subset of a pino logger the runner writes to. */
export interface RunnerLogger {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface ProjectionRunnerOptions {
  readonly store: EventStore;
  /** The read-model database (its own file, never the event store's). */
  readonly db: ReadModelDb;
  readonly projections: readonly Projection[];
  /** Events per transaction (default 1000). */
  readonly batchSize?: number;
  readonly logger?: RunnerLogger;
  /** Brings an old event to today's shape; defaults to the domain's `upcast`. */
  readonly upcast?: (event: RecordedEvent) => RecordedEvent;
}

/** What one projection is doing, for readiness checks and operators. */
export interface ProjectionStatus {
  readonly name: string;
  readonly version: number;
  /** Whether queries read this version (false while a new version rebuilds beside the old one). */
  readonly active: boolean;
  /** The last applied position (adapter string), null before the first event. */
  readonly position: string | null;
  /** Whether it has applied everything the log held when the runner last caught up. */
  readonly caughtUp: boolean;
  /** Set when it threw: the event it stopped at and the error. It is never skipped past. */
  readonly stoppedWith: { readonly error: string; readonly position: string } | null;
}

/** One committed transaction: its last position and the events it covered. */
export interface CommittedBatch {
  readonly position: bigint;
  readonly events: readonly RecordedEvent[];
}

export interface RebuildProgress {
  /** Events read from the log so far. */
  readonly done: number;
  /** The last position applied, and the log's head when the rebuild started. */
  readonly position: bigint;
  readonly head: bigint;
  readonly elapsedMs: number;
}

export interface RebuildResult {
  readonly events: number;
  readonly elapsedMs: number;
}

export interface ProjectionRunner {
  /** Catches up from the checkpoints, then follows the log; resolves once caught up. */
  start(): Promise<void>;
  /** Stops following; resolves once no batch is in flight. Nothing uncommitted is lost: it is re-read next start. */
  stop(): Promise<void>;
  /** Resolves once every projection has applied the log up to `position`; rejects with `ProjectionTimeout`. */
  waitForPosition(position: bigint, timeoutMs: number): Promise<void>;
  /** Calls `listener` after each committed batch, before any `waitForPosition` it reached resolves; returns the function that unsubscribes it. */
  onCommitted(listener: (batch: CommittedBatch) => void): () => void;
  /**
   * Calls `listener` with a projection's name when its read model is replaced wholesale: a
   * rebuild empties it, or a new version is swapped in. Returns the function that unsubscribes it.
   */
  onReplaced(listener: (projection: string) => void): () => void;
  status(): ProjectionStatus[];
  /** Empties one projection (or all) and applies the whole log again; stops and restarts following around it. */
  rebuild(name?: string, onProgress?: (progress: RebuildProgress) => void): Promise<RebuildResult>;
}

interface Slot {
  readonly projection: Projection;
  readonly handles: ReadonlySet<string>;
  /** -1n before the first event. */
  checkpoint: bigint;
  active: boolean;
  caughtUp: boolean;
  stoppedWith: { error: string; position: bigint } | null;
}

/** Whether a slot still has to apply an event: one it handles, past its checkpoint. */
const needs = (slot: Slot, event: RecordedEvent): boolean =>
  event.position > slot.checkpoint && slot.handles.has(event.type);

interface Waiter {
  readonly position: bigint;
  readonly resolve: () => void;
  readonly timer: NodeJS.Timeout;
}

/** A projection threw on an event: the batch rolls back and the projection stops there. */
class ProjectionFailure extends Error {
  constructor(
    readonly slot: Slot,
    /** Null when the projection failed in `flush`, before the event is known. */
    readonly event: RecordedEvent | null,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

const consoleLogger: RunnerLogger = {
  info: () => undefined,
  error: (details, message) => console.error(message, details),
};

const domainUpcast = (event: RecordedEvent): RecordedEvent => {
  const upcasted = upcastEnvelope(event);
  return upcasted === event ? event : { ...event, data: upcasted.data, metadata: upcasted.metadata };
};

/**
 * Applies the log to read models. One read of the log feeds every projection; each batch of
 * writes and the checkpoints it advances commit in ONE SQLite transaction, so a crash at any
 * instant resumes with nothing lost and nothing applied twice.
 */
export const createProjectionRunner = (options: ProjectionRunnerOptions): ProjectionRunner => {
  const { store, db, projections, batchSize = 1000, logger = consoleLogger, upcast = domainUpcast } = options;
  prepareReadModelSchema(db, projections);
  removeLeftoverScratch(db);
  const slots: Slot[] = projections.map((projection) => {
    const stored = readCheckpoint(db, projection);
    return {
      projection,
      handles: new Set(projection.handles),
      checkpoint: stored === null ? -1n : store.positionFromString(stored),
      active: isActiveVersion(db, projection),
      caughtUp: false,
      stoppedWith: null,
    };
  });
  const saveCheckpoint = db.prepare('UPDATE projection_checkpoints SET position = ? WHERE name = ? AND version = ?');
  const saveFailure = db.prepare(
    'UPDATE projection_checkpoints SET failed_position = ?, error = ? WHERE name = ? AND version = ?',
  );
  const listeners = new Set<(batch: CommittedBatch) => void>();
  const replacedListeners = new Set<(projection: string) => void>();
  /** Calls every listener of `set` with `value`; one that throws is logged and the others still run. */
  const notify = <T>(set: ReadonlySet<(value: T) => void>, value: T): void => {
    for (const listener of set) {
      try {
        listener(value);
      } catch (error) {
        logger.error({ err: error }, 'a listener of the projection runner threw');
      }
    }
  };
  const waiters = new Set<Waiter>();
  let running: { controller: AbortController; done: Promise<void> } | null = null;

  const shape = (event: RecordedEvent, slot: Slot): RecordedEvent => {
    try {
      return upcast(event);
    } catch (cause) {
      throw new ProjectionFailure(slot, event, cause);
    }
  };

  const commit = db.transaction((events: readonly RecordedEvent[], targets: readonly Slot[]) => {
    for (const event of events) {
      let shaped: RecordedEvent | undefined;
      for (const slot of targets) {
        if (!needs(slot, event)) continue;
        shaped ??= shape(event, slot);
        try {
          slot.projection.apply(db, shaped);
        } catch (cause) {
          throw new ProjectionFailure(slot, event, cause);
        }
      }
    }
    for (const slot of targets) {
      try {
        slot.projection.flush?.(db);
      } catch (cause) {
        throw new ProjectionFailure(slot, null, cause);
      }
    }
    const last = (events.at(-1) as RecordedEvent).position;
    const text = store.positionToString(last);
    for (const slot of targets) {
      if (last > slot.checkpoint) saveCheckpoint.run(text, slot.projection.name, slot.projection.version);
    }
  });

  /** Finds the event a failed flush came from: applies the batch again event by event, flushing each, and rolls back. */
  const locateFailure = (slot: Slot, events: readonly RecordedEvent[]): RecordedEvent => {
    let culprit = events.at(-1) as RecordedEvent;
    const rollback = new Error('rollback');
    try {
      db.transaction(() => {
        for (const event of events) {
          if (!needs(slot, event)) continue;
          try {
            slot.projection.apply(db, upcast(event));
            slot.projection.flush?.(db);
          } catch {
            culprit = event;
            break;
          }
        }
        throw rollback;
      })();
    } catch (error) {
      if (error !== rollback) throw error;
    }
    slot.projection.discard?.(db);
    return culprit;
  };

  const reached = (position: bigint): boolean => slots.every((slot) => slot.checkpoint >= position);

  const settleWaiters = (): void => {
    for (const waiter of waiters) {
      if (!reached(waiter.position)) continue;
      clearTimeout(waiter.timer);
      waiters.delete(waiter);
      waiter.resolve();
    }
  };

  /** Commits a batch for the slots that are not stopped; a slot that throws stops and the batch is retried without it. */
  const applyBatch = (events: readonly RecordedEvent[], candidates: readonly Slot[]): void => {
    if (events.length === 0) return;
    let targets = candidates.filter((slot) => slot.stoppedWith === null);
    while (targets.length > 0) {
      try {
        commit(events, targets);
        break;
      } catch (error) {
        for (const slot of targets) slot.projection.discard?.(db);
        if (!(error instanceof ProjectionFailure)) throw error;
        const { slot, cause } = error;
        const event = error.event ?? locateFailure(slot, events);
        const message = cause instanceof Error ? cause.message : String(cause);
        slot.stoppedWith = { error: message, position: event.position };
        saveFailure.run(store.positionToString(event.position), message, slot.projection.name, slot.projection.version);
        logger.error(
          { projection: slot.projection.name, version: slot.projection.version, position: store.positionToString(event.position), type: event.type, err: cause },
          `projection ${slot.projection.name} stopped at the event it could not apply`,
        );
        targets = targets.filter((other) => other !== slot);
      }
    }
    const last = (events.at(-1) as RecordedEvent).position;
    for (const slot of targets) if (last > slot.checkpoint) slot.checkpoint = last;
    // Listeners first: whoever waited for this position reads after they have seen the batch.
    notify(listeners, { position: last, events });
    settleWaiters();
  };

  /** Swaps in every new version that has caught up, so that its tables answer from now on. */
  const swapCaughtUpVersions = (): void => {
    for (const slot of slots) {
      if (slot.active || slot.stoppedWith !== null || !slot.caughtUp) continue;
      activateVersion(db, slot.projection);
      slot.active = true;
      notify(replacedListeners, slot.projection.name);
      logger.info({ projection: slot.projection.name, version: slot.projection.version }, 'projection version swapped in');
    }
  };

  const sleep = (ms: number, signal: AbortSignal) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
    });

  const follow = async (signal: AbortSignal, onCaughtUp: () => void): Promise<void> => {
    while (!signal.aborted) {
      try {
        const live = slots.filter((slot) => slot.stoppedWith === null);
        if (live.length === 0) return onCaughtUp();
        let cursor = live.reduce((min, slot) => (slot.checkpoint < min ? slot.checkpoint : min), live[0]!.checkpoint);
        // Catch up page by page: each page is one transaction.
        for await (const page of pagesOfLog(store, batchSize, cursor < 0n ? undefined : cursor)) {
          if (signal.aborted) return;
          const fresh = page.filter((event) => event.position > cursor);
          applyBatch(fresh, live);
          if (fresh.length > 0) cursor = (fresh.at(-1) as RecordedEvent).position;
        }
        for (const slot of live) slot.caughtUp = true;
        swapCaughtUpVersions();
        settleWaiters();
        onCaughtUp();
        // Then follow the log live, flushing whatever arrived once the subscription pauses.
        let buffer: RecordedEvent[] = [];
        let scheduled = false;
        const flush = () => {
          scheduled = false;
          if (signal.aborted || buffer.length === 0) return;
          const events = buffer;
          buffer = [];
          applyBatch(events, live);
        };
        // Appends of this process committed as a group: flush in the same turn, once the
        // subscription has handed over what they added (else the next turn's requests run first).
        const stopFlushingAfterCommits = afterGroupCommits(store, flush);
        try {
          for await (const event of store.subscribe({ after: cursor, signal })) {
            buffer.push(event);
            if (buffer.length >= batchSize) flush();
            else if (!scheduled) {
              scheduled = true;
              setImmediate(flush);
            }
          }
        } finally {
          stopFlushingAfterCommits();
        }
        return;
      } catch (error) {
        if (signal.aborted) return;
        logger.error({ err: error }, 'projection runner lost the log; retrying in 1 s');
        await sleep(1000, signal);
      }
    }
  };

  const start = (): Promise<void> => {
    if (running) return Promise.resolve();
    const controller = new AbortController();
    let caughtUp!: () => void;
    const whenCaughtUp = new Promise<void>((resolve) => (caughtUp = resolve));
    const done = follow(controller.signal, caughtUp).finally(() => caughtUp());
    running = { controller, done };
    return whenCaughtUp;
  };

  const stop = async (): Promise<void> => {
    if (!running) return;
    const { controller, done } = running;
    controller.abort();
    await done;
    running = null;
  };

  /** Empties the projections and applies the whole log to them again, one committed batch at a time. */
  const rebuildInPlace = async (selected: readonly Slot[], progress: (done: number, position: bigint) => void): Promise<number> => {
    for (const slot of selected) {
      slot.projection.discard?.(db);
      resetProjection(db, slot.projection);
      Object.assign(slot, { checkpoint: -1n, caughtUp: false, stoppedWith: null });
      notify(replacedListeners, slot.projection.name);
    }
    // Bulk-load: no secondary indexes until the end, no fsync and rare WAL checkpoints (pages that
    // many batches rewrite are copied once); each batch still commits with its checkpoint.
    const deferredIndexes = selected.flatMap((slot) => dropSecondaryIndexes(db, slot.projection));
    const synchronous = db.pragma('synchronous', { simple: true }) as number;
    const autocheckpoint = db.pragma('wal_autocheckpoint', { simple: true }) as number;
    db.pragma('synchronous = OFF');
    db.pragma('wal_autocheckpoint = 20000');
    let done = 0;
    try {
      for await (const page of pagesOfLog(store, batchSize)) {
        applyBatch(page, selected);
        done += page.length;
        const last = page.at(-1);
        if (last) progress(done, last.position);
      }
    } finally {
      for (const sql of deferredIndexes) db.exec(sql);
      db.pragma(`wal_autocheckpoint = ${autocheckpoint}`);
      db.pragma(`synchronous = ${synchronous}`);
      db.pragma('wal_checkpoint(TRUNCATE)');
    }
    return done;
  };

  return {
    start,
    stop,
    waitForPosition: (position, timeoutMs) => {
      if (reached(position)) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const waiter: Waiter = {
          position,
          resolve,
          timer: setTimeout(() => {
            waiters.delete(waiter);
            const lagging = slots
              .filter((slot) => slot.checkpoint < position)
              .map((slot) => ({
                name: slot.projection.name,
                position: slot.checkpoint < 0n ? null : store.positionToString(slot.checkpoint),
                stoppedWith: slot.stoppedWith?.error ?? null,
              }));
            reject(new ProjectionTimeout(store.positionToString(position), timeoutMs, lagging));
          }, timeoutMs),
        };
        waiters.add(waiter);
      });
    },
    onCommitted: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onReplaced: (listener) => {
      replacedListeners.add(listener);
      return () => replacedListeners.delete(listener);
    },
    status: () =>
      slots.map((slot) => ({
        name: slot.projection.name,
        version: slot.projection.version,
        active: slot.active,
        position: slot.checkpoint < 0n ? null : store.positionToString(slot.checkpoint),
        caughtUp: slot.caughtUp && slot.stoppedWith === null,
        stoppedWith: slot.stoppedWith && {
          error: slot.stoppedWith.error,
          position: store.positionToString(slot.stoppedWith.position),
        },
      })),
    rebuild: async (name, onProgress) => {
      const selected = name === undefined ? slots : slots.filter((slot) => slot.projection.name === name);
      if (selected.length === 0) throw new UnknownProjection(name ?? '');
      const wasRunning = running !== null;
      await stop();
      for (const slot of selected) slot.projection.discard?.(db);
      const head = await store.headPosition();
      const started = performance.now();
      const progress = (done: number, position: bigint) =>
        onProgress?.({ done, position, head, elapsedMs: performance.now() - started });
      let done: number;
      try {
        const rebuilt = await rebuildAside({ store, db, projections: selected.map((slot) => slot.projection), pageSize: batchSize, upcast, onPage: progress });
        done = rebuilt.events;
        for (const slot of selected) {
          Object.assign(slot, { checkpoint: rebuilt.last ?? -1n, stoppedWith: null });
          notify(replacedListeners, slot.projection.name);
        }
        db.pragma('wal_checkpoint(TRUNCATE)');
      } catch (error) {
        if (!(error instanceof RebuildAsideFailed)) throw error;
        // A projection threw: rebuild in place, batch by batch, so that it stops at its event as it would live.
        logger.info({ projection: error.projection, err: error.cause }, 'a projection failed during a rebuild aside: rebuilding in place');
        done = await rebuildInPlace(selected, progress);
      }
      for (const slot of selected) slot.caughtUp = true;
      swapCaughtUpVersions();
      settleWaiters();
      const result = { events: done, elapsedMs: performance.now() - started };
      logger.info({ projections: selected.map((s) => s.projection.name), ...result }, 'projections rebuilt');
      if (wasRunning) void start();
      return result;
    },
  };
};
