import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { formatRate } from '../ui/format';
import { chartColors } from './chart-colors';
import { ChartFigure } from './chart-figure';
import type { CsvCell } from './csv';

/** Offer rates before and after candidates' first completed goal (the api's GoalImpact). */
export interface GoalImpactData {
  candidatesWithCompletedGoals: number;
  offerRateBeforeGoals: number | null;
  offerRateAfterGoals: number | null;
}

/** The goal impact's CSV table. */
export const goalImpactCsv = (data: GoalImpactData): { header: string[]; rows: CsvCell[][] } => ({
  header: ['period', 'offer_rate', 'candidates_with_completed_goals'],
  rows: [
    ['before_first_completed_goal', data.offerRateBeforeGoals, data.candidatesWithCompletedGoals],
    ['after_first_completed_goal', data.offerRateAfterGoals, data.candidatesWithCompletedGoals],
  ],
});

/** Two bars, offer rate before and after a first completed goal, and the same in words. */
export const GoalImpactChart = ({ data }: { data: GoalImpactData }) => {
  const rows = [
    { period: 'Before first goal', rate: Math.round((data.offerRateBeforeGoals ?? 0) * 100) },
    { period: 'After first goal', rate: Math.round((data.offerRateAfterGoals ?? 0) * 100) },
  ];
  return (
    <>
      <p>
        {data.candidatesWithCompletedGoals}{' '}
        {data.candidatesWithCompletedGoals === 1 ? 'candidate has' : 'candidates have'} completed a goal. Offers per
        interviewed application: <strong>{formatRate(data.offerRateBeforeGoals)}</strong> before their first completed
        goal, <strong>{formatRate(data.offerRateAfterGoals)}</strong> after.
      </p>
      <ChartFigure
        caption="Offer rate before and after a first completed goal"
        columns={['Period', 'Offer rate']}
        rows={[
          { label: 'Before first completed goal', values: [formatRate(data.offerRateBeforeGoals)] },
          { label: 'After first completed goal', values: [formatRate(data.offerRateAfterGoals)] },
        ]}
      >
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid stroke={chartColors.grid} vertical={false} />
          <XAxis dataKey="period" />
          <YAxis unit="%" domain={[0, 100]} width={48} />
          <Tooltip formatter={(value) => `${String(value)}%`} />
          <Bar dataKey="rate" name="Offer rate" fill={chartColors.secondary} isAnimationActive={false} />
        </BarChart>
      </ChartFigure>
    </>
  );
};
