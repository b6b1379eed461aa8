import { describe, expect, it, vi } from 'vitest';
import { createAppendNotifier } from './append-notifier';

describe('append notifier', () => {
  it('given a waiting subscriber, when an append is notified, then it wakes without waiting for its poll', async () => {
    const notifier = createAppendNotifier();
    const started = performance.now();
    const waiting = notifier.waitForAppend(notifier.version(), new AbortController().signal, 60_000);
    notifier.notify();
    await waiting;
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('given an append between reading the version and waiting, when waiting, then it does not sleep', async () => {
    const notifier = createAppendNotifier();
    const seen = notifier.version();
    notifier.notify();
    await notifier.waitForAppend(seen, new AbortController().signal, 60_000);
    expect(notifier.version()).not.toBe(seen);
  });

  it('given nothing appended, when the poll interval passes, then it wakes to look for other processes', async () => {
    const notifier = createAppendNotifier();
    const started = performance.now();
    await notifier.waitForAppend(notifier.version(), new AbortController().signal, 20);
    expect(performance.now() - started).toBeGreaterThanOrEqual(15);
  });

  it('given a waiting subscriber, when its signal aborts, then it wakes and leaves no timer behind', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const notifier = createAppendNotifier();
      const abort = new AbortController();
      const waiting = notifier.waitForAppend(notifier.version(), abort.signal, 60_000);
      expect(vi.getTimerCount()).toBe(1);
      abort.abort();
      await waiting;
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
