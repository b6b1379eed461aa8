const DAY_MS = 86_400_000;

const isWeekend = (ms: number): boolean => {
  const day = new Date(ms).getUTCDay();
  return day === 0 || day === 6;
};

/**
 * When a promise of `workingDays` working days made at `from` falls due: the same time of day on
 * the `workingDays`-th Monday-to-Friday day (UTC) after it, so that Friday afternoon plus one
 * working day is Monday afternoon. Public holidays are not known here.
 */
export const addWorkingDays = (from: number, workingDays: number): number => {
  let at = from;
  for (let counted = 0; counted < workingDays; ) {
    at += DAY_MS;
    if (!isWeekend(at)) counted += 1;
  }
  return at;
};
