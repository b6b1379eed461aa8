import type { AppendRequest, AppendResult, EventStore, EventToAppend, ExpectedRevision } from './event-store';

/**
 * Several appends in one commit when the store can (`appendMany`), else one `append` each, in
 * order: the answer is the same, each request settled as its own `append` would be.
 */
export const appendGroup = (
  store: EventStore,
  requests: readonly AppendRequest[],
): Promise<PromiseSettledResult<AppendResult>[]> =>
  store.appendMany
    ? store.appendMany(requests)
    : Promise.allSettled(requests.map(({ streamId, events, expected }) => store.append(streamId, events, expected)));

interface Pending {
  readonly request: AppendRequest;
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (reason: unknown) => void;
}

/** Per store, the appends waiting for the end of this turn of the event loop. */
const waiting = new WeakMap<EventStore, Pending[]>();

/** Per store, who hears that a group has committed and its answers have run (see `afterGroupCommits`). */
const settledListeners = new WeakMap<EventStore, Set<() => void>>();

/**
 * Calls `listener` after each group committed to `store` through `appendTogether`, once the
 * group's answers and everything they set off in microtasks have run (a subscription of this
 * process reading the new events, callers starting to wait for them), in the same turn of the
 * event loop: a second immediate queued with the commit's. A projection runner flushes there, so
 * that a write is applied before the next turn's requests run. Returns the function that
 * unsubscribes it.
 */
export const afterGroupCommits = (store: EventStore, listener: () => void): (() => void) => {
  const listeners = settledListeners.get(store) ?? new Set<() => void>();
  settledListeners.set(store, listeners);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

// A listener must not throw: what it throws is the immediate's, as if it had queued its own.
const tellSettled = (store: EventStore): void => {
  for (const listener of settledListeners.get(store) ?? []) listener();
};

const commit = async (store: EventStore): Promise<void> => {
  const group = waiting.get(store) ?? [];
  waiting.delete(store);
  try {
    const outcomes = await appendGroup(
      store,
      group.map(({ request }) => request),
    );
    outcomes.forEach((outcome, i) => {
      const pending = group[i] as Pending;
      if (outcome.status === 'fulfilled') pending.resolve(outcome.value);
      else pending.reject(outcome.reason);
    });
  } catch (reason) {
    for (const pending of group) pending.reject(reason);
  }
};

/**
 * Group commit: an append that arrives while others of the same turn of the event loop wait is
 * committed with them, in one transaction, once the turn's I/O callbacks have run (setImmediate).
 * Each append keeps its own expected revision and its own answer or error. A store without
 * `appendMany` appends at once, as before.
 */
export const appendTogether = (
  store: EventStore,
  streamId: string,
  events: readonly EventToAppend[],
  expected: ExpectedRevision,
): Promise<AppendResult> => {
  if (!store.appendMany) return store.append(streamId, events, expected);
  let group = waiting.get(store);
  if (!group) {
    group = [];
    waiting.set(store, group);
    setImmediate(() => void commit(store));
    if (settledListeners.get(store)?.size) setImmediate(() => tellSettled(store));
  }
  const joined = group;
  return new Promise<AppendResult>((resolve, reject) => {
    joined.push({ request: { streamId, events, expected }, resolve, reject });
  });
};
