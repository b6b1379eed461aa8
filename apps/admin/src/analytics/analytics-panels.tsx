import {
  describeError,
  FeedbackThemesQuery,
  FunnelQuery,
  GoalImpactQuery,
  TimeToFeedbackQuery,
} from '@pivotal/client';
import { useState } from 'react';
import { useQuery } from 'urql';
import { Empty, LoadFailure, Loading } from '../ui/states';
import { ChartPanel } from './chart-panel';
import { allTime, isBackwards, toDateRange, type DayRange } from './date-range';
import { FunnelChart, funnelCsv } from './funnel-chart';
import { GoalImpactChart, goalImpactCsv } from './goal-impact-chart';
import { ThemesChart, themesCsv } from './themes-chart';
import { distributionCsv, TimeToFeedbackChart } from './time-to-feedback-chart';

type QueryState = { fetching: boolean; error?: Parameters<typeof describeError>[0]; data?: unknown };

/** Loading and error states shared by the panels; null once there is data to show. */
const pending = (result: QueryState, what: string, refetch: (options: { requestPolicy: 'network-only' }) => void) => {
  if (result.data) return null;
  if (result.error) return <LoadFailure error={result.error} fallback={`The ${what} could not be loaded.`} refetch={refetch} />;
  return <Loading what={`the ${what}`} />;
};

const useRange = () => {
  const [range, setRange] = useState<DayRange>(allTime);
  return { range, setRange, variables: { range: toDateRange(range) }, paused: isBackwards(range) };
};

/** The funnel panel: applications reaching each step. */
export const FunnelPanel = () => {
  const { range, setRange, variables, paused } = useRange();
  const [result, refetch] = useQuery({ query: FunnelQuery, variables, pause: paused });
  const funnel = result.data?.analytics.funnel;
  return (
    <ChartPanel
      name="funnel"
      title="Funnel"
      description="How many applications reached each step, from applying to feedback."
      range={range}
      onRangeChange={setRange}
      csv={funnel ? funnelCsv(funnel) : null}
    >
      {pending(result, 'funnel', refetch)}
      {funnel && funnel.applied + funnel.feedbackRequested === 0 ? (
        <Empty>No applications in this range.</Empty>
      ) : funnel ? (
        <FunnelChart funnel={funnel} />
      ) : null}
    </ChartPanel>
  );
};

/** The time-to-feedback panel: histogram with p50 and p90. */
export const TimeToFeedbackPanel = () => {
  const { range, setRange, variables, paused } = useRange();
  const [result, refetch] = useQuery({ query: TimeToFeedbackQuery, variables, pause: paused });
  const distribution = result.data?.analytics.timeToFeedback;
  return (
    <ChartPanel
      name="time-to-feedback"
      title="Time from request to feedback"
      description="How long candidates wait for feedback once they ask, with the median (p50) and 90th percentile (p90)."
      range={range}
      onRangeChange={setRange}
      csv={distribution ? distributionCsv(distribution) : null}
    >
      {pending(result, 'waiting times', refetch)}
      {distribution && distribution.count === 0 ? (
        <Empty>No feedback was given in this range.</Empty>
      ) : distribution ? (
        <TimeToFeedbackChart data={distribution} />
      ) : null}
    </ChartPanel>
  );
};

/** The themes panel: feedback points by theme, strengths against improvements. */
export const ThemesPanel = () => {
  const { range, setRange, variables, paused } = useRange();
  const [result, refetch] = useQuery({ query: FeedbackThemesQuery, variables, pause: paused });
  const counts = result.data?.analytics.feedbackThemes;
  return (
    <ChartPanel
      name="feedback-themes"
      title="Feedback themes"
      description="What feedback points are about, as strengths and as things to improve."
      range={range}
      onRangeChange={setRange}
      csv={counts ? themesCsv(counts) : null}
    >
      {pending(result, 'feedback themes', refetch)}
      {counts && counts.length === 0 ? (
        <Empty>No feedback points in this range.</Empty>
      ) : counts ? (
        <ThemesChart counts={counts} />
      ) : null}
    </ChartPanel>
  );
};

/** The goal impact panel: offer rate before and after a first completed goal, over its range. */
export const GoalImpactPanel = () => {
  const { range, setRange, variables, paused } = useRange();
  const [result, refetch] = useQuery({ query: GoalImpactQuery, variables, pause: paused });
  const impact = result.data?.analytics.goalImpact;
  return (
    <ChartPanel
      name="goal-impact"
      title="Goal impact"
      description="Offers per interviewed application before and after candidates completed their first goal."
      range={range}
      onRangeChange={setRange}
      csv={impact ? goalImpactCsv(impact) : null}
    >
      {pending(result, 'goal impact', refetch)}
      {impact ? <GoalImpactChart data={impact} /> : null}
    </ChartPanel>
  );
};
