/** The arithmetic and layout of the append benchmark's figures. */

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export const median = (values: readonly number[]): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** Items per second, rounded to a whole number. */
export const perSecond = (items: number, elapsedMs: number): number => Math.round((items * 1000) / elapsedMs);

/** One row of the printed table. */
export interface FigureRow {
  readonly what: string;
  readonly rounds: readonly number[];
  readonly note: string;
}

const group = (value: number): string => Math.round(value).toLocaleString('en-US');

/** A fixed-width text table: what was measured, its median rate, every round's rate, a note. */
export const formatTable = (rows: readonly FigureRow[]): string => {
  const cells = [
    ['measure', 'median/s', 'rounds/s', 'note'],
    ...rows.map((row) => [row.what, group(median(row.rounds)), row.rounds.map(group).join(' '), row.note]),
  ];
  const widths = [0, 1, 2, 3].map((column) =>
    Math.max(...cells.map((line) => (line[column] as string).length)),
  );
  const line = (values: readonly string[]) =>
    values
      .map((value, column) =>
        column === 1 ? value.padStart(widths[column] as number) : value.padEnd(widths[column] as number),
      )
      .join('  ')
      .trimEnd();
  return [
    line(cells[0] as string[]),
    line(widths.map((width) => '-'.repeat(width))),
    ...cells.slice(1).map(line),
  ].join('\n');
};
