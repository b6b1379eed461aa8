import { FeedbackReadAfterReflectionQuery } from '@pivotal/client';
import { useState } from 'react';
import { useQuery } from 'urql';
import { Empty, LoadFailure, Loading } from '../ui/states';
import { ChartPanel } from './chart-panel';
import { allTime, isBackwards, toDateRange, type DayRange } from './date-range';
import { FeedbackReadAfterReflectionStat, reflectionShareCsv } from './feedback-read-after-reflection-stat';

/** Reflection kept: of the critiques received over its range, the share read after the candidate wrote a reflection. */
export const FeedbackReadAfterReflectionPanel = () => {
  const [range, setRange] = useState<DayRange>(allTime);
  const [result, refetch] = useQuery({
    query: FeedbackReadAfterReflectionQuery,
    variables: { range: toDateRange(range) },
    pause: isBackwards(range),
  });
  const data = result.data?.analytics.feedbackReadAfterReflection;
  const received = data ? data.feedbackReceived > 0 : false;
  return (
    <ChartPanel
      name="feedback-read-after-reflection"
      title="Feedback read after a reflection"
      description="Of the critiques received on applications of the range, how many candidates read only after writing what they expected. Counts only, never anyone’s words."
      range={range}
      onRangeChange={setRange}
      csv={data && received ? reflectionShareCsv(data) : null}
    >
      {!result.data && result.error ? (
        <LoadFailure error={result.error} fallback="The share read after a reflection could not be loaded." refetch={refetch} />
      ) : null}
      {!result.data && !result.error ? <Loading what="the share read after a reflection" /> : null}
      {data && !received ? <Empty>No feedback was received on applications of this range.</Empty> : null}
      {data && received ? <FeedbackReadAfterReflectionStat data={data} /> : null}
    </ChartPanel>
  );
};
