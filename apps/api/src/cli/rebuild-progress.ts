import cliProgress from 'cli-progress';
import type { RebuildProgress } from '@pivotal/projections';

/**
 * Progress of a rebuild: a bar with events done, events/s and time left on a terminal; a plain
 * line every few seconds otherwise (logs, CI).
 */
export const rebuildProgress = (stream: NodeJS.WriteStream = process.stderr) => {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: 'rebuilding [{bar}] {percentage}% | {events} events | {rate} events/s | {eta_formatted} left',
        stream,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(progress: RebuildProgress) {
        const total = Number(progress.head + 1n);
        const value = Math.min(total, Number(progress.position + 1n));
        const payload = { events: progress.done, rate: Math.round(progress.done / Math.max(progress.elapsedMs / 1000, 0.001)) };
        if (!started) {
          bar.start(Math.max(total, 1), value, payload);
          started = true;
        } else bar.update(value, payload);
      },
      stop: () => bar.stop(),
    };
  }
  let lastLine = 0;
  return {
    update(progress: RebuildProgress) {
      if (progress.elapsedMs - lastLine < 2000 && progress.position < progress.head) return;
      lastLine = progress.elapsedMs;
      const rate = Math.round(progress.done / Math.max(progress.elapsedMs / 1000, 0.001));
      stream.write(`rebuild: ${progress.done} events, position ${progress.position} of ${progress.head}, ${rate} events/s\n`);
    },
    stop: () => undefined,
  };
};
