import { SingleBar } from 'cli-progress';
import type { RebuildProgress } from './runner';

/** Something that shows a rebuild's progress and is told when it ends. */
export interface ProgressReporter {
  update(progress: RebuildProgress): void;
  stop(): void;
}

const perSecond = (p: RebuildProgress): number => (p.elapsedMs > 0 ? (p.done / p.elapsedMs) * 1000 : 0);

/** Events done plus those left up to the head (exact where positions are consecutive, as in sqlite and memory). */
const totalOf = (p: RebuildProgress): number => p.done + Math.max(0, Number(p.head - p.position));

/**
 * A real progress bar (events done of total, events/s, time left) when `output` is a terminal;
 * plain progress lines at most every `intervalMs` otherwise (logs, CI).
 */
export const progressReporter = (output: NodeJS.WriteStream, label: string, intervalMs = 2000): ProgressReporter => {
  if (output.isTTY) {
    const bar = new SingleBar({
      stream: output,
      format: `${label} [{bar}] {percentage}% | {value}/{total} events | {rate} events/s | ETA {eta_formatted}`,
      etaBuffer: 50,
      hideCursor: true,
    });
    let started = false;
    return {
      update(progress) {
        const payload = { rate: Math.round(perSecond(progress)).toLocaleString('en') };
        if (!started) {
          bar.start(totalOf(progress), progress.done, payload);
          started = true;
        }
        bar.setTotal(totalOf(progress));
        bar.update(progress.done, payload);
      },
      stop() {
        if (started) bar.stop();
        started = false;
      },
    };
  }
  let lastLine = -Infinity;
  let last: RebuildProgress | null = null;
  const line = (p: RebuildProgress): void => {
    const total = totalOf(p);
    const rate = perSecond(p);
    const eta = rate > 0 ? Math.ceil((total - p.done) / rate) : 0;
    output.write(
      `${label}: ${p.done}/${total} events (${Math.floor((p.done / total) * 100)}%), ` +
        `${Math.round(rate)} events/s, ETA ${eta}s\n`,
    );
  };
  return {
    update(progress) {
      last = progress;
      if (progress.elapsedMs - lastLine < intervalMs) return;
      lastLine = progress.elapsedMs;
      line(progress);
    },
    stop() {
      if (last && last.elapsedMs !== lastLine) line(last);
      last = null;
    },
  };
};
