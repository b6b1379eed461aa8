import { randomUUID } from 'node:crypto';
import { schemaVersionOf, type Command, type Decider, type Event, type EventMetadata } from '@pivotal/domain';
import {
  WrongExpectedRevision,
  type EventStore,
  type EventToAppend,
  type RecordedEvent,
} from './event-store';
import { idempotentEventId, newEventId } from './event-id';
import { appendTogether } from './group-commit';
import { foldEvents, readStreamState } from './stream-state';

/** Who sent a command, when, and how to recognize it if it is sent again. */
export interface CommandOptions {
  /** The account acting, or 'system'. */
  readonly actorId: string;
  /** Defaults to a new UUID. */
  readonly correlationId?: string;
  /** Defaults to the correlation id. */
  readonly causationId?: string;
  /** ISO 8601; the events' `metadata.occurredAt`. */
  readonly occurredAt: string;
  /** The same key on the same stream appends once; a repeat answers the original events. */
  readonly idempotencyKey?: string;
  /** Reads and decisions before giving up on a contended stream (default 10). */
  readonly maxAttempts?: number;
}

/** What a handled command answers. */
export interface CommandResult<S> {
  /** The events the command appended (or, for a duplicate, had appended the first time). */
  readonly events: RecordedEvent[];
  /** The stream's revision after those events (-1n when the stream is still empty). */
  readonly nextRevision: bigint;
  /** The global position of the last of those events, for read-your-writes waits (-1n: none). */
  readonly position: bigint;
  /** True when the idempotency key had been handled already and nothing was appended. */
  readonly duplicate: boolean;
  /** The stream's state right after those events. */
  readonly state: S;
}

/** Every attempt lost its race to another writer of the same stream. */
export class ConcurrencyConflict extends Error {
  constructor(
    readonly streamId: string,
    readonly attempts: number,
  ) {
    super('a concurrent write won; try again');
    this.name = 'ConcurrencyConflict';
  }
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Jittered, growing, capped: spreads the losers of a race so that they do not collide again. */
const backoffMs = (attempt: number) => Math.random() * Math.min(100, 2 ** attempt);

/**
 * The result of a command whose key is already in the stream: the events it appended then, with
 * the state right after them.
 */
const earlierResult = <C extends Command, E extends Event, S>(
  decider: Decider<C, E, S>,
  history: readonly RecordedEvent[],
  idempotencyKey: string | undefined,
): CommandResult<S> | undefined => {
  if (idempotencyKey === undefined) return undefined;
  const events = history.filter((event) => event.metadata.idempotencyKey === idempotencyKey);
  const last = events[events.length - 1];
  if (!last) return undefined;
  const upToLast = history.slice(0, Number(last.revision) + 1);
  const state = foldEvents(decider, decider.initialState(), upToLast);
  return { events, nextRevision: last.revision, position: last.position, duplicate: true, state };
};

/**
 * Load a stream, decide, and append at the revision read. A lost race re-reads and decides again,
 * up to `maxAttempts`, then throws {@link ConcurrencyConflict}; domain errors of the decider pass
 * through untouched. With an idempotency key the event ids derive from it, and a key already in the
 * stream answers the original events without appending (also when two copies race: the loser's
 * re-read finds the winner's events). Commands that reach their append in the same turn of the
 * event loop are committed together (group commit, see `appendTogether`), each at its own revision.
 */
export const handleCommand = async <C extends Command, E extends Event, S>(
  store: EventStore,
  decider: Decider<C, E, S>,
  streamId: string,
  command: C,
  options: CommandOptions,
): Promise<CommandResult<S>> => {
  const { actorId, occurredAt, idempotencyKey, maxAttempts = 10 } = options;
  const correlationId = options.correlationId ?? randomUUID();
  const causationId = options.causationId ?? correlationId;

  for (let attempt = 1; ; attempt += 1) {
    const { state, events: history, revision } = await readStreamState(store, decider, streamId);
    const earlier = earlierResult(decider, history, idempotencyKey);
    if (earlier) return earlier;

    const decided = decider.decide(command, state);
    if (decided.length === 0) {
      const last = history[history.length - 1];
      return {
        events: [],
        nextRevision: last?.revision ?? -1n,
        position: last?.position ?? -1n,
        duplicate: false,
        state,
      };
    }

    const toAppend = decided.map((event, index): EventToAppend => {
      const metadata: EventMetadata = {
        schemaVersion: schemaVersionOf(event.type),
        correlationId,
        causationId,
        actorId,
        occurredAt,
        ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
      };
      const id =
        idempotencyKey === undefined ? newEventId() : idempotentEventId(streamId, idempotencyKey, index);
      return { id, type: event.type, data: event.data, metadata };
    });

    try {
      const result = await appendTogether(store, streamId, toAppend, revision);
      const recorded = result.recorded
        ? [...result.recorded]
        : (await store.readStream(streamId)).filter((event) => toAppend.some(({ id }) => id === event.id));
      return {
        events: recorded,
        nextRevision: result.nextRevision,
        position: result.position,
        duplicate: result.replayed === true,
        state: decided.reduce((current, event) => decider.evolve(current, event), state),
      };
    } catch (error) {
      if (!(error instanceof WrongExpectedRevision)) throw error;
      if (attempt >= maxAttempts) throw new ConcurrencyConflict(streamId, attempt);
      await pause(backoffMs(attempt));
    }
  }
};
