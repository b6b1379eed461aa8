import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { chartColors } from './chart-colors';
import { ChartFigure } from './chart-figure';
import type { CsvCell } from './csv';

/** Hours from a feedback request to its feedback (the api's Distribution). */
export interface DistributionData {
  count: number;
  p50Hours: number | null;
  p90Hours: number | null;
  /** `upToHours` null: the last bucket, with no upper bound ("and more"). */
  buckets: { upToHours: number | null; count: number }[];
}

const duration = (hours: number): string => (hours > 48 && hours % 24 === 0 ? `${hours / 24} d` : `${hours} h`);

/** A bucket's bound in words: "≤ 24 h", "≤ 3 d", or "> 14 d" for the open-ended last one (no upper bound). */
export const bucketLabel = (upToHours: number | null, previousUpToHours?: number | null): string =>
  upToHours === null
    ? previousUpToHours === undefined || previousUpToHours === null
      ? 'any time'
      : `> ${duration(previousUpToHours)}`
    : `≤ ${duration(upToHours)}`;

/** Every bucket's label, in order. */
export const bucketLabels = (buckets: DistributionData['buckets']): string[] =>
  buckets.map((b, i) => bucketLabel(b.upToHours, buckets[i - 1]?.upToHours));

/** The label of the first bucket that holds a duration, so a percentile can be marked on its bar. */
export const bucketOf = (hours: number, buckets: DistributionData['buckets']): string | null => {
  const index = buckets.findIndex((b) => b.upToHours === null || hours <= b.upToHours);
  const labels = bucketLabels(buckets);
  return labels[index === -1 ? labels.length - 1 : index] ?? null;
};

/** Hours in words with one decimal. */
export const formatHours = (hours: number | null): string => (hours === null ? 'no data' : `${hours.toFixed(1)} h`);

/**
 * The histogram's CSV table; percentiles go in their own columns on every row. Each bucket counts
 * the waits above `above_hours` and up to `up_to_hours`; the last has no upper bound, so its
 * `up_to_hours` cell is empty and its `bucket` says "> 14 d" (and more).
 */
export const distributionCsv = (data: DistributionData): { header: string[]; rows: CsvCell[][] } => ({
  header: ['bucket', 'above_hours', 'up_to_hours', 'count', 'p50_hours', 'p90_hours'],
  rows: data.buckets.map((b, i) => [
    bucketLabel(b.upToHours, data.buckets[i - 1]?.upToHours),
    data.buckets[i - 1]?.upToHours ?? 0,
    b.upToHours,
    b.count,
    data.p50Hours,
    data.p90Hours,
  ]),
});

/** A histogram of waiting times with the median (p50) and 90th percentile (p90) marked. */
export const TimeToFeedbackChart = ({ data }: { data: DistributionData }) => {
  const labels = bucketLabels(data.buckets);
  const rows = data.buckets.map((b, i) => ({ label: labels[i] ?? '', count: b.count }));
  const p50 = data.p50Hours === null ? null : bucketOf(data.p50Hours, data.buckets);
  const p90 = data.p90Hours === null ? null : bucketOf(data.p90Hours, data.buckets);
  return (
    <>
      <p>
        {data.count} {data.count === 1 ? 'request' : 'requests'} answered. Median (p50):{' '}
        <strong>{formatHours(data.p50Hours)}</strong>; 90th percentile (p90): <strong>{formatHours(data.p90Hours)}</strong>.
      </p>
      <ChartFigure
        caption="Requests by hours until feedback"
        columns={['Hours until feedback', 'Requests']}
        rows={rows.map((row) => ({ label: row.label, values: [row.count] }))}
      >
        <BarChart data={rows} margin={{ top: 24, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid stroke={chartColors.grid} vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} width={40} />
          <Tooltip />
          <Bar dataKey="count" name="Requests" fill={chartColors.primary} isAnimationActive={false} />
          {p50 ? (
            <ReferenceLine
              x={p50}
              stroke={chartColors.marker}
              strokeDasharray="4 2"
              label={{ value: 'p50', position: 'insideTopLeft', fill: chartColors.marker }}
            />
          ) : null}
          {p90 ? (
            <ReferenceLine
              x={p90}
              stroke={chartColors.marker}
              label={{ value: 'p90', position: 'insideTopRight', fill: chartColors.marker }}
            />
          ) : null}
        </BarChart>
      </ChartFigure>
    </>
  );
};
