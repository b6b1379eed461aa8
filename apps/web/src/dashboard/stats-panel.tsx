import type { CandidateStatsFields, ResultOf } from '@pivotal/client';

type Stats = ResultOf<typeof CandidateStatsFields>;

const figures: { key: Exclude<keyof Stats, 'streakWeeks'>; label: string }[] = [
  { key: 'applied', label: 'Applied' },
  { key: 'interviewed', label: 'Interviewed' },
  { key: 'rejected', label: 'Rejections' },
  { key: 'offers', label: 'Offers' },
  { key: 'feedbackReceived', label: 'Feedback received' },
  { key: 'goalsCompleted', label: 'Goals completed' },
];

const streakWords = (weeks: number) =>
  weeks === 0
    ? 'Log something this week to start a streak.'
    : `${weeks === 1 ? 'week' : 'weeks'} in a row with activity.`;

/** The candidate's numbers, and the streak of weeks with any activity. */
export const StatsPanel = ({ stats }: { stats: Stats }) => (
  <section aria-labelledby="stats-title" className="panel">
    <h2 id="stats-title">Your progress</h2>
    <dl className="stats">
      {figures.map(({ key, label }) => (
        <div className="stat" key={key}>
          <dt>{label}</dt>
          <dd>{stats[key]}</dd>
        </div>
      ))}
    </dl>
    <p className="streak">
      {stats.streakWeeks > 0 ? <span className="streak-count">{stats.streakWeeks}</span> : null}{' '}
      {streakWords(stats.streakWeeks)}
    </p>
  </section>
);
