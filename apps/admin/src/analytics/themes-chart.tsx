import { labelOf, themeLabels } from '@pivotal/client';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { chartColors } from './chart-colors';
import { ChartFigure } from './chart-figure';
import type { CsvCell } from './csv';

/** How many points had one theme and polarity (the api's ThemeCount). */
export interface ThemeCountData {
  theme: string;
  polarity: string;
  count: number;
}

/** One row per theme with its strengths and improvements, most mentioned first. */
export const themeRows = (counts: ThemeCountData[]): { theme: string; strength: number; improvement: number }[] => {
  const byTheme = new Map<string, { theme: string; strength: number; improvement: number }>();
  for (const { theme, polarity, count } of counts) {
    const label = labelOf(themeLabels, theme);
    const row = byTheme.get(theme) ?? { theme: label, strength: 0, improvement: 0 };
    if (polarity === 'STRENGTH') row.strength += count;
    else row.improvement += count;
    byTheme.set(theme, row);
  }
  return [...byTheme.values()].sort((a, b) => b.strength + b.improvement - (a.strength + a.improvement));
};

/** The themes' CSV table, one line per theme and polarity as the api gives it. */
export const themesCsv = (counts: ThemeCountData[]): { header: string[]; rows: CsvCell[][] } => ({
  header: ['theme', 'polarity', 'count'],
  rows: counts.map((c) => [c.theme, c.polarity, c.count]),
});

/** Feedback themes as paired bars (strengths, improvements), with the same numbers as a table. */
export const ThemesChart = ({ counts }: { counts: ThemeCountData[] }) => {
  const rows = themeRows(counts);
  return (
    <ChartFigure
      caption="Feedback points by theme and polarity"
      columns={['Theme', 'Strengths', 'To improve']}
      rows={rows.map((row) => ({ label: row.theme, values: [row.strength, row.improvement] }))}
    >
      <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid stroke={chartColors.grid} horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="theme" width={120} tick={{ fontSize: 12 }} />
        <Tooltip />
        <Legend />
        <Bar dataKey="strength" name="Strengths" fill={chartColors.strength} isAnimationActive={false} />
        <Bar dataKey="improvement" name="To improve" fill={chartColors.improvement} isAnimationActive={false} />
      </BarChart>
    </ChartFigure>
  );
};
