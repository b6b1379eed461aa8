import { useDocumentTitle } from '../shell/use-document-title';
import { FunnelPanel, GoalImpactPanel, ThemesPanel, TimeToFeedbackPanel } from './analytics-panels';
import { AnsweredWithinTargetPanel } from './answered-within-target-panel';

/** The agency's aggregates: five charts, each with its own range, table and CSV. */
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
      </div>
    </>
  );
};
