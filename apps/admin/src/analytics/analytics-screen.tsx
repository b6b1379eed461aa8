import { useDocumentTitle } from '../shell/use-document-title';
import { FunnelPanel, GoalImpactPanel, ThemesPanel, TimeToFeedbackPanel } from './analytics-panels';
import { AnsweredWithinTargetPanel } from './answered-within-target-panel';
import { FeedbackReadAfterReflectionPanel } from './feedback-read-after-reflection-panel';

/** The agency's aggregates: six panels, each with its own range and CSV, each chart with the same numbers as a table. */
export const AnalyticsScreen = () => {
  useDocumentTitle('Analytics');
  return (
    <>
      <h1>Analytics</h1>
      <p className="muted">Aggregates for your agency only; no names or emails. Times are in UTC.</p>
      <div className="charts">
        <FunnelPanel />
        <TimeToFeedbackPanel />
        <ThemesPanel />
        <GoalImpactPanel />
        <AnsweredWithinTargetPanel />
        <FeedbackReadAfterReflectionPanel />
      </div>
    </>
  );
};
