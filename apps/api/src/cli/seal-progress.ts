import cliProgress from 'cli-progress';
import type { SealExistingProgress } from '@pivotal/event-store';

/** Progress of `privacy encrypt-existing`: a bar on a terminal, a line every few seconds otherwise. */
export const sealProgress = (stream: NodeJS.WriteStream = process.stderr) => {
  const started = performance.now();
  const rate = (done: number) => Math.round(done / Math.max((performance.now() - started) / 1000, 0.001));
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: 'sealing [{bar}] {percentage}% | {value}/{total} events | {rate} events/s | {eta_formatted} left', stream, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    let barStarted = false;
    return {
      update({ done, total }: SealExistingProgress) {
        if (!barStarted) {
          bar.start(Math.max(total, 1), done, { rate: rate(done) });
          barStarted = true;
        } else bar.update(done, { rate: rate(done) });
      },
      stop: () => bar.stop(),
    };
  }
  let lastLine = -Infinity;
  return {
    update({ done, total }: SealExistingProgress) {
      const now = performance.now();
      if (now - lastLine < 2000 && done < total) return;
      lastLine = now;
      stream.write(`sealing: ${done}/${total} events, ${rate(done)} events/s\n`);
    },
    stop: () => undefined,
  };
};
