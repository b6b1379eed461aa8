import type { RecordedEvent, SubscribeOptions } from './event-store';
import type { AppendNotifier } from './append-notifier';

/** What a log-backed adapter lends to {@link catchUpSubscription}. */
export interface CatchUpSource {
  /** Up to `limit` events strictly after `after` (-1n = from the start), oldest first. */
  readonly readAfter: (after: bigint, limit: number) => RecordedEvent[] | Promise<RecordedEvent[]>;
  readonly notifier: AppendNotifier;
  /** Ends every subscription of the store, e.g. when it closes. */
  readonly closed: AbortSignal;
  readonly pageSize: number;
  /** How often to look for appends made by other processes; undefined = only when notified. */
  readonly pollIntervalMs?: number;
}

/**
 * A catch-up subscription over a log: reads pages after the last delivered position, yields their
 * events one at a time (so a slow consumer holds the reading back), calls `onCaughtUp` once at the
 * head, then waits for the notifier (or the poll interval) and reads on. Ends when the consumer
 * breaks out, the signal aborts or the store closes.
 */
export async function* catchUpSubscription(
  source: CatchUpSource,
  { after, onCaughtUp, signal }: SubscribeOptions = {},
): AsyncGenerator<RecordedEvent, void, undefined> {
  const stopping = new AbortController();
  const stop = () => stopping.abort();
  const triggers = [signal, source.closed].filter((s): s is AbortSignal => s !== undefined);
  for (const trigger of triggers) {
    if (trigger.aborted) stop();
    trigger.addEventListener('abort', stop, { once: true });
  }
  try {
    let cursor = after ?? -1n;
    let caughtUp = false;
    while (!stopping.signal.aborted) {
      const seen = source.notifier.version();
      const page = await source.readAfter(cursor, source.pageSize);
      for (const event of page) {
        if (stopping.signal.aborted) return;
        yield event;
        cursor = event.position;
      }
      if (page.length < source.pageSize) {
        if (!caughtUp) {
          caughtUp = true;
          onCaughtUp?.();
        }
        await source.notifier.waitForAppend(seen, stopping.signal, source.pollIntervalMs);
      }
    }
  } finally {
    for (const trigger of triggers) trigger.removeEventListener('abort', stop);
  }
}
