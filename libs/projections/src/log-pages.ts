import type { EventStore, RecordedEvent } from '@pivotal/event-store';

/**
 * The log read page by page from `from` (the start when absent) to its current end: each page's
 * events as the store answers them (a page may be empty), the next page asked for only once the
 * caller has dealt with this one.
 */
export async function* pagesOfLog(store: EventStore, pageSize: number, from?: bigint): AsyncGenerator<readonly RecordedEvent[]> {
  let next = from;
  for (;;) {
    const page = await store.readAll({ from: next, limit: pageSize });
    yield page.events;
    if (page.next === null) return;
    next = page.next;
  }
}
