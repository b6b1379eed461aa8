import type { PubSub } from 'type-graphql';

/** The topics of the GraphQL subscriptions, with the id each is routed by. */
export const TOPICS = {
  /** Routed by candidate id; the payload is the new feedback. */
  feedbackReceived: 'FEEDBACK_RECEIVED',
  /** Routed by agency id; the payload is the agency id. */
  feedbackQueueChanged: 'FEEDBACK_QUEUE_CHANGED',
} as const;

// A subscriber that falls this far behind loses the oldest payloads rather than the process's memory.
const MAX_QUEUED = 1000;

/**
 * An in-process publish/subscribe with routing ids: a subscriber to (topic, id) receives only
 * what is published to that topic with that id. Each replica publishes what its own projections
 * committed, so subscribers of every replica are told.
 */
export const createPubSub = (): PubSub & { subscriberCount(): number } => {
  const channels = new Map<string, Set<(payload: unknown) => void>>();
  const key = (topic: string, id: unknown) => (id === undefined ? topic : `${topic}:${String(id)}`);

  return {
    publish(topic, ...args) {
      const [id, payload] = args.length >= 2 ? args : [undefined, args[0]];
      for (const deliver of channels.get(key(topic, id)) ?? []) deliver(payload);
    },
    subscribe(topic, id) {
      const channel = key(topic, id);
      const queue: unknown[] = [];
      let wake: (() => void) | null = null;
      let done = false;
      const deliver = (payload: unknown) => {
        if (queue.length >= MAX_QUEUED) queue.shift();
        queue.push(payload);
        wake?.();
      };
      const stop = () => {
        done = true;
        channels.get(channel)?.delete(deliver);
        if (channels.get(channel)?.size === 0) channels.delete(channel);
        wake?.();
      };
      if (!channels.has(channel)) channels.set(channel, new Set());
      channels.get(channel)?.add(deliver);

      const iterator: AsyncIterableIterator<unknown> = {
        async next() {
          while (queue.length === 0 && !done) await new Promise<void>((resolve) => (wake = resolve));
          wake = null;
          if (queue.length > 0) return { value: queue.shift(), done: false };
          return { value: undefined, done: true };
        },
        async return() {
          stop();
          return { value: undefined, done: true };
        },
        [Symbol.asyncIterator]() {
          return iterator;
        },
      };
      return iterator;
    },
    subscriberCount: () => [...channels.values()].reduce((sum, set) => sum + set.size, 0),
  };
};
