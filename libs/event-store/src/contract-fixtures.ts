import { randomUUID } from 'node:crypto';
import type { Command, Decider, Event, EventMetadata } from '@pivotal/domain';
import type { EventToAppend, RecordedEvent } from './event-store';

/** A stream name no other test (or earlier run against a shared server) has used. */
export const uniqueStream = (kind: string): string => `${kind}-${randomUUID()}`;

export const metadataAt = (occurredAt = '2026-11-25T12:00:00.000Z'): EventMetadata => ({
  schemaVersion: 1,
  correlationId: randomUUID(),
  causationId: randomUUID(),
  actorId: 'account-test',
  occurredAt,
});

/** An event ready to append, whose data says which it is. */
export const anEvent = (label: string, type = 'Noted'): EventToAppend => ({
  id: randomUUID(),
  type,
  data: { label, nested: { list: [1, 'two', null], flag: true } },
  metadata: metadataAt(),
});

export const labels = (events: readonly RecordedEvent[]): string[] =>
  events.map((event) => (event.data as { label: string }).label);

/** A tiny stream kind for the contract: every `Count` records how many came before it. */
export type Count = Command<'Count', { appender: number }>;
export type Counted = Event<'Counted', { appender: number; countedBefore: number }>;
export const tally: Decider<Count, Counted, { count: number }> = {
  initialState: () => ({ count: 0 }),
  evolve: (state) => ({ count: state.count + 1 }),
  decide: (command, state) => [
    { type: 'Counted', data: { appender: command.data.appender, countedBefore: state.count } },
  ],
};

/**
 * Consume a subscription until `done` says so (then break out of it) or `timeoutMs` passes (then
 * abort it and fail). Answers what was delivered.
 */
export const consumeUntil = async (
  subscription: AsyncIterable<RecordedEvent>,
  done: (delivered: readonly RecordedEvent[]) => boolean | Promise<boolean>,
  { timeoutMs = 10_000, abort }: { timeoutMs?: number; abort?: AbortController } = {},
): Promise<RecordedEvent[]> => {
  const delivered: RecordedEvent[] = [];
  const timer = setTimeout(() => abort?.abort(), timeoutMs);
  try {
    for await (const event of subscription) {
      delivered.push(event);
      if (await done(delivered)) return delivered;
    }
  } finally {
    clearTimeout(timer);
  }
  throw new Error(`subscription ended after ${delivered.length} events without reaching the expected ones`);
};
