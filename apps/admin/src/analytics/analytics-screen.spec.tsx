import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithAnswers } from '../testing/render';
import { networkDown, type Answers } from '../testing/test-client';
import { AnalyticsScreen } from './analytics-screen';

const funnel = { applied: 40, interviewed: 22, rejected: 15, offers: 4, feedbackRequested: 12, feedbackReceived: 9 };

const withData: Answers = {
  AnalyticsFunnel: { data: { analytics: { funnel } } },
  AnalyticsTimeToFeedback: {
    data: {
      analytics: {
        timeToFeedback: {
          count: 9,
          p50Hours: 20.5,
          p90Hours: 70,
          buckets: [
            { upToHours: 24, count: 5 },
            { upToHours: 48, count: 2 },
            { upToHours: 168, count: 2 },
            { upToHours: null, count: 1 },
          ],
        },
      },
    },
  },
  AnalyticsFeedbackThemes: {
    data: {
      analytics: {
        feedbackThemes: [
          { theme: 'COMMUNICATION', polarity: 'STRENGTH', count: 6 },
          { theme: 'TECHNICAL_SKILLS', polarity: 'IMPROVEMENT', count: 8 },
          { theme: 'COMMUNICATION', polarity: 'IMPROVEMENT', count: 1 },
        ],
      },
    },
  },
  AnalyticsAnsweredWithinTarget: { data: { responseTarget: null, analytics: { answeredWithinTarget: [] } } },
  AnalyticsFeedbackReadAfterReflection: {
    data: { analytics: { feedbackReadAfterReflection: { feedbackReceived: 9, reflected: 3, share: 1 / 3 } } },
  },
  AnalyticsGoalImpact: {
    data: { analytics: { goalImpact: { candidatesWithCompletedGoals: 3, offerRateBeforeGoals: 0.1, offerRateAfterGoals: 0.25 } } },
  },
};

const panel = (name: string) => screen.getByRole('region', { name });

describe('the analytics screen', () => {
  it('gives each chart a heading and the same numbers as a table', async () => {
    renderWithAnswers(<AnalyticsScreen />, withData);
    await screen.findByRole('table', { name: 'Funnel by step' });

    const funnelRows = within(panel('Funnel')).getAllByRole('row').map((row) => row.textContent);
    expect(funnelRows).toEqual([
      'StepCount',
      'Applied40',
      'Interviewed22',
      'Rejected15',
      'Offers4',
      'Feedback requested12',
      'Feedback received9',
    ]);

    const waiting = panel('Time from request to feedback');
    expect(waiting).toHaveTextContent('9 requests answered. Median (p50): 20.5 h; 90th percentile (p90): 70.0 h.');
    expect(within(waiting).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'Hours until feedbackRequests',
      '≤ 24 h5',
      '≤ 48 h2',
      '≤ 7 d2',
      '> 7 d1',
    ]);

    expect(within(panel('Feedback themes')).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'ThemeStrengthsTo improve',
      'Technical skills08',
      'Communication61',
    ]);

    const impact = panel('Goal impact');
    expect(impact).toHaveTextContent('3 candidates have completed a goal.');
    expect(within(impact).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'PeriodOffer rate',
      'Before first completed goal10%',
      'After first completed goal25%',
    ]);

    const reflection = panel('Feedback read after a reflection');
    expect(within(reflection).getByRole('figure', { name: 'Read after a reflection' })).toHaveTextContent('33%');
    expect(reflection).toHaveTextContent('3 of 9 critiques received were read after the candidate wrote what they expected.');
  });

  it('asks again for the chosen date range, counting the whole last day', async () => {
    const fake = renderWithAnswers(<AnalyticsScreen />, withData);
    await screen.findByRole('table', { name: 'Funnel by step' });
    const funnelPanel = panel('Funnel');
    fireEvent.change(within(funnelPanel).getByLabelText('From'), { target: { value: '2026-11-01' } });
    fireEvent.change(within(funnelPanel).getByLabelText('To'), { target: { value: '2026-11-25' } });
    await waitFor(() =>
      expect(fake.callsOf('AnalyticsFunnel').at(-1)?.variables).toEqual({
        range: { from: '2026-11-01T00:00:00.000Z', to: '2026-11-26T00:00:00.000Z' },
      }),
    );
    // The other charts keep their own range.
    expect(fake.callsOf('AnalyticsFeedbackThemes').every((call) => JSON.stringify(call.variables) === '{"range":{}}')).toBe(true);
    expect(within(funnelPanel).getByRole('button', { name: 'Download CSV of Funnel' })).toBeEnabled();
  });

  it('asks for goal impact over the range chosen on its panel', async () => {
    const fake = renderWithAnswers(<AnalyticsScreen />, withData);
    await screen.findByRole('table', { name: 'Funnel by step' });
    const impactPanel = panel('Goal impact');
    fireEvent.change(within(impactPanel).getByLabelText('From'), { target: { value: '2026-01-01' } });
    fireEvent.change(within(impactPanel).getByLabelText('To'), { target: { value: '2026-06-30' } });
    await waitFor(() =>
      expect(fake.callsOf('AnalyticsGoalImpact').at(-1)?.variables).toEqual({
        range: { from: '2026-01-01T00:00:00.000Z', to: '2026-07-01T00:00:00.000Z' },
      }),
    );
  });

  it('says when a range holds nothing, and when the data could not be loaded', async () => {
    renderWithAnswers(<AnalyticsScreen />, {
      ...withData,
      AnalyticsFunnel: { data: { analytics: { funnel: { ...funnel, applied: 0, feedbackRequested: 0 } } } },
      AnalyticsFeedbackThemes: { data: { analytics: { feedbackThemes: [] } } },
      AnalyticsTimeToFeedback: networkDown(),
    });
    expect(await within(panel('Funnel')).findByText('No applications in this range.')).toBeInTheDocument();
    expect(within(panel('Feedback themes')).getByText('No feedback points in this range.')).toBeInTheDocument();
    expect(within(panel('Time from request to feedback')).getByRole('alert')).toHaveTextContent(/could not reach/i);
    expect(within(panel('Feedback themes')).getByRole('button', { name: 'Download CSV of Feedback themes' })).toBeEnabled();
    expect(
      within(panel('Time from request to feedback')).getByRole('button', { name: /Download CSV/ }),
    ).toBeDisabled();
  });
});
