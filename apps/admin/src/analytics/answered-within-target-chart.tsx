import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { formatRate } from '../ui/format';
import { chartColors } from './chart-colors';
import { ChartFigure } from './chart-figure';
import type { CsvCell } from './csv';

/** One month of requests measured against the response target (the api's TargetMonth). */
export interface TargetMonthData {
  month: string;
  requests: number;
  withinTarget: number;
  share: number | null;
}

const monthName = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "2026-11" reads "Nov 2026". */
export const monthLabel = (month: string): string => {
  const at = new Date(`${month}-01T00:00:00.000Z`);
  return Number.isNaN(at.getTime()) ? month : monthName.format(at);
};

/** The bars: one per month, its share in whole percent (0 for a month with none measured). */
export const targetBars = (months: readonly TargetMonthData[]) =>
  months.map((m) => ({ month: monthLabel(m.month), percent: m.share === null ? 0 : Math.round(m.share * 100) }));

/** The share-within-target CSV table. */
export const answeredWithinTargetCsv = (months: readonly TargetMonthData[]): { header: string[]; rows: CsvCell[][] } => ({
  header: ['month', 'requests', 'answered_within_target', 'share'],
  rows: months.map((m) => [m.month, m.requests, m.withinTarget, m.share]),
});

/** Per month, the share of requests answered within the target, and the same as a table. */
export const AnsweredWithinTargetChart = ({ months, workingDays }: { months: readonly TargetMonthData[]; workingDays: number }) => (
  <ChartFigure
    caption={`Requests answered within ${workingDays} working days, per month requested`}
    columns={['Month', 'Requests', 'Within target', 'Share']}
    rows={months.map((m) => ({ label: monthLabel(m.month), values: [m.requests, m.withinTarget, formatRate(m.share)] }))}
  >
    <BarChart data={targetBars(months)} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
      <CartesianGrid stroke={chartColors.grid} vertical={false} />
      <XAxis dataKey="month" />
      <YAxis unit="%" domain={[0, 100]} width={48} />
      <Tooltip formatter={(value) => `${String(value)}%`} />
      <Bar dataKey="percent" name="Answered within target" fill={chartColors.strength} isAnimationActive={false} />
    </BarChart>
  </ChartFigure>
);
