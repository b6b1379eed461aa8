/**
 * An event as a decider produces it: a type and its data. The command handler adds the metadata
 * when it appends; the store adds stream, revision and position when it records.
 */
export interface Event<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

/** What travels with every stored event. `occurredAt` is ISO 8601; ids are opaque strings. */
export interface EventMetadata {
  readonly schemaVersion: number;
  readonly correlationId: string;
  readonly causationId: string;
  /** The account that caused it, or 'system' for seeding and operator commands. */
  readonly actorId: string;
  readonly occurredAt: string;
  /** Present when the command carried an idempotency key. */
  readonly idempotencyKey?: string;
}

export interface EventEnvelope<E extends Event = Event> {
  readonly type: E['type'];
  readonly data: E['data'];
  readonly metadata: EventMetadata;
}

/** A command as a decider receives it: a type and its data (time and ids included). */
export interface Command<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

/** One stream kind: three plain functions over plain data. */
export interface Decider<C extends Command, E extends Event, S> {
  readonly initialState: () => S;
  readonly evolve: (state: S, event: E) => S;
  readonly decide: (command: C, state: S) => E[];
}

/** The stream names of ARCHITECTURE.md. */
export const streams = {
  account: (id: string) => `account-${id}`,
  agency: (id: string) => `agency-${id}`,
  candidate: (id: string) => `candidate-${id}`,
  application: (id: string) => `application-${id}`,
  goal: (id: string) => `goal-${id}`,
} as const;
