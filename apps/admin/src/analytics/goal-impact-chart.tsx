import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatRate } from '../ui/format';
import { chartColors } from './chart-colors';
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
      <div className="chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 480, height: 260 }}>
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid stroke={chartColors.grid} vertical={false} />
            <XAxis dataKey="period" />
            <YAxis unit="%" domain={[0, 100]} width={48} />
            <Tooltip formatter={(value) => `${String(value)}%`} />
            <Bar dataKey="rate" name="Offer rate" fill={chartColors.secondary} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">Offer rate before and after a first completed goal</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col" className="number">
                Offer rate
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Before first completed goal</th>
              <td className="number">{formatRate(data.offerRateBeforeGoals)}</td>
            </tr>
            <tr>
              <th scope="row">After first completed goal</th>
              <td className="number">{formatRate(data.offerRateAfterGoals)}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </>
  );
};
