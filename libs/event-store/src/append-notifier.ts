/**
 * Wakes the subscriptions of this process when an append commits, so that they follow the log
 * live without waiting for their next poll.
 */
export interface AppendNotifier {
  /** A counter that changes on every append; read it before reading the log. */
  readonly version: () => number;
  /** Called by the adapter after each committed append. */
  readonly notify: () => void;
  /**
   * Resolves once the version differs from `seen`, the signal aborts, or `timeoutMs` passes
   * (whichever comes first). Leaves no timer or listener behind.
   */
  readonly waitForAppend: (seen: number, signal: AbortSignal, timeoutMs?: number) => Promise<void>;
}

export const createAppendNotifier = (): AppendNotifier => {
  let version = 0;
  const waiters = new Set<() => void>();

  return {
    version: () => version,
    notify: () => {
      version += 1;
      for (const wake of [...waiters]) wake();
    },
    waitForAppend: (seen, signal, timeoutMs) =>
      new Promise<void>((resolve) => {
        if (version !== seen || signal.aborted) return resolve();
        let timer: ReturnType<typeof setTimeout> | undefined;
        const wake = () => {
          waiters.delete(wake);
          signal.removeEventListener('abort', wake);
          if (timer !== undefined) clearTimeout(timer);
          resolve();
        };
        waiters.add(wake);
        signal.addEventListener('abort', wake, { once: true });
        if (timeoutMs !== undefined) timer = setTimeout(wake, timeoutMs);
      }),
  };
};
