import type { EventMetadata } from '@pivotal/domain';

/**
 * The event store port. Positions and revisions are bigints inside the process and opaque
 * strings at every boundary (`positionToString` / `positionFromString` of each adapter).
 */

/** What the caller expects of the stream before appending. */
export type ExpectedRevision = 'no_stream' | 'stream_exists' | 'any' | bigint;

/** An event ready to be appended: the command handler has added its metadata and id. */
export interface EventToAppend {
  /** A UUID; derived from the idempotency key when there is one, so a retry has the same id. */
  readonly id: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: EventMetadata;
}

/** An event as the store recorded it. */
export interface RecordedEvent {
  readonly id: string;
  readonly streamId: string;
  /** 0-based revision within its stream. */
  readonly revision: bigint;
  /** Global position in the log; increases monotonically; opaque outside the adapter. */
  readonly position: bigint;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: EventMetadata;
}

export interface AppendResult {
  /** The stream's revision after the append (the last appended event's revision). */
  readonly nextRevision: bigint;
  /** The global position of the last appended event. */
  readonly position: bigint;
  /** The appended events as recorded, when the adapter knows them without another read. */
  readonly recorded?: readonly RecordedEvent[];
  /**
   * True when these very events (same ids, same place) were recorded already, so nothing was
   * appended; adapters that cannot tell (EventStoreDB) leave it undefined.
   */
  readonly replayed?: boolean;
}

export interface ReadAllPage {
  readonly events: RecordedEvent[];
  /** Pass as `from` to read the next page; null once the end of the log is reached. */
  readonly next: bigint | null;
}

export interface SubscribeOptions {
  /** Deliver events strictly after this position; undefined = from the very start. */
  readonly after?: bigint;
  /** Called once, when the subscription has delivered every event that existed when it caught up. */
  readonly onCaughtUp?: () => void;
  readonly signal?: AbortSignal;
}

/** One append of a group given to `appendMany`. */
export interface AppendRequest {
  readonly streamId: string;
  readonly events: readonly EventToAppend[];
  readonly expected: ExpectedRevision;
}

export interface EventStore {
  append(
    streamId: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult>;
  /**
   * Optional (group commit): several appends in one commit, in the order given, each checked
   * against its own expected revision and answered as `append` would (its result, or the error
   * `append` would throw). One failing leaves the others recorded; each is all-or-nothing. Callers
   * go through `appendGroup`, which falls back to one `append` each for adapters without it.
   */
  appendMany?(requests: readonly AppendRequest[]): Promise<PromiseSettledResult<AppendResult>[]>;
  /** The whole stream, oldest first; an empty array when it does not exist. */
  readStream(streamId: string): Promise<RecordedEvent[]>;
  /** The global log forward from `from` (inclusive; undefined = start), at most `limit` events. */
  readAll(options: { from?: bigint; limit: number }): Promise<ReadAllPage>;
  /** The global log after a position, catching up and then following live; back-pressured by `for await`. */
  subscribe(options?: SubscribeOptions): AsyncIterable<RecordedEvent>;
  /** The position of the last event in the log, or -1n when the log is empty. */
  headPosition(): Promise<bigint>;
  /** Opaque string forms of a position, for every boundary (GraphQL, checkpoints, JSON). */
  positionToString(position: bigint): string;
  positionFromString(position: string): bigint;
  close(): Promise<void>;
}

/** An append whose expected revision did not hold. */
export class WrongExpectedRevision extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: bigint | 'no_stream',
  ) {
    super(`stream ${streamId}: expected revision ${String(expected)}, found ${String(actual)}`);
    this.name = 'WrongExpectedRevision';
  }
}
