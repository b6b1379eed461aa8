import { describe, expect, it } from 'vitest';
import { createPubSub } from './pub-sub';

describe('in-process pub/sub', () => {
  it('given subscribers of two ids, when one id is published to, then only its subscriber receives it', async () => {
    const pubSub = createPubSub();
    const ann = pubSub.subscribe('T', 'ann')[Symbol.asyncIterator]();
    const bob = pubSub.subscribe('T', 'bob')[Symbol.asyncIterator]();
    pubSub.publish('T', 'ann', { to: 'ann' });
    pubSub.publish('T', 'bob', { to: 'bob' });
    expect((await ann.next()).value).toEqual({ to: 'ann' });
    expect((await bob.next()).value).toEqual({ to: 'bob' });
  });

  it('given a subscriber waiting, when it returns, then it is removed and its wait ends', async () => {
    const pubSub = createPubSub();
    const iterator = pubSub.subscribe('T', 'x')[Symbol.asyncIterator]();
    const pending = iterator.next();
    expect(pubSub.subscriberCount()).toBe(1);
    await iterator.return?.();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(pubSub.subscriberCount()).toBe(0);
  });

  it('keeps payloads published before the subscriber asks, in order', async () => {
    const pubSub = createPubSub();
    const iterator = pubSub.subscribe('T')[Symbol.asyncIterator]();
    pubSub.publish('T', 1);
    pubSub.publish('T', 2);
    expect((await iterator.next()).value).toBe(1);
    expect((await iterator.next()).value).toBe(2);
  });
});
