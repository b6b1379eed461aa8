import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { chartColors } from './chart-colors';
import { ChartFigure } from './chart-figure';
import type { CsvCell } from './csv';

/** How many applications reached each step (the api's Funnel). */
export interface FunnelData {
  applied: number;
  interviewed: number;
  rejected: number;
  offers: number;
  feedbackRequested: number;
  feedbackReceived: number;
}

const steps: { key: keyof FunnelData; label: string }[] = [
  { key: 'applied', label: 'Applied' },
  { key: 'interviewed', label: 'Interviewed' },
  { key: 'rejected', label: 'Rejected' },
  { key: 'offers', label: 'Offers' },
  { key: 'feedbackRequested', label: 'Feedback requested' },
  { key: 'feedbackReceived', label: 'Feedback received' },
];

/** The funnel as rows of step and count, for the table and the CSV. */
export const funnelRows = (funnel: FunnelData): { step: string; count: number }[] =>
  steps.map(({ key, label }) => ({ step: label, count: funnel[key] }));

/** The funnel's CSV table. */
export const funnelCsv = (funnel: FunnelData): { header: string[]; rows: CsvCell[][] } => ({
  header: ['step', 'count'],
  rows: funnelRows(funnel).map((row) => [row.step, row.count]),
});

/** A bar per funnel step, with the same numbers as a table beneath. */
export const FunnelChart = ({ funnel }: { funnel: FunnelData }) => {
  const rows = funnelRows(funnel);
  return (
    <ChartFigure
      caption="Funnel by step"
      columns={['Step', 'Count']}
      rows={rows.map((row) => ({ label: row.step, values: [row.count] }))}
    >
      <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid stroke={chartColors.grid} horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="step" width={130} interval={0} tick={{ fontSize: 12 }} />
        <Tooltip />
        <Bar dataKey="count" name="Applications" fill={chartColors.primary} isAnimationActive={false} />
      </BarChart>
    </ChartFigure>
  );
};
