import { AnsweredWithinTargetQuery } from '@pivotal/client';
import { useState } from 'react';
import { useQuery } from 'urql';
import { Empty, LoadFailure, Loading } from '../ui/states';
import { AnsweredWithinTargetChart, answeredWithinTargetCsv } from './answered-within-target-chart';
import { ChartPanel } from './chart-panel';
import { allTime, isBackwards, toDateRange, type DayRange } from './date-range';

/** The response-time promise kept: per month of request, the share answered within the agency's target. */
export const AnsweredWithinTargetPanel = () => {
  const [range, setRange] = useState<DayRange>(allTime);
  const [result, refetch] = useQuery({
    query: AnsweredWithinTargetQuery,
    variables: { range: toDateRange(range) },
    pause: isBackwards(range),
  });
  const target = result.data?.responseTarget?.workingDays ?? null;
  const months = result.data?.analytics.answeredWithinTarget;
  return (
    <ChartPanel
      name="answered-within-target"
      title="Share of requests answered within the target"
      description={
        target === null
          ? 'Per month of request, how many feedback requests were answered within the agency’s response target.'
          : `Per month of request, how many feedback requests were answered within ${target} working days (requests still waiting count once past due).`
      }
      range={range}
      onRangeChange={setRange}
      csv={months && months.length > 0 ? answeredWithinTargetCsv(months) : null}
    >
      {!result.data && result.error ? (
        <LoadFailure error={result.error} fallback="The share within the target could not be loaded." refetch={refetch} />
      ) : null}
      {!result.data && !result.error ? <Loading what="the share within the target" /> : null}
      {result.data && target === null ? (
        <Empty>The agency has set no response target yet. Staff set it beside the feedback queue.</Empty>
      ) : null}
      {target !== null && months && months.length === 0 ? <Empty>No feedback requests in this range.</Empty> : null}
      {target !== null && months && months.length > 0 ? <AnsweredWithinTargetChart months={months} workingDays={target} /> : null}
    </ChartPanel>
  );
};
