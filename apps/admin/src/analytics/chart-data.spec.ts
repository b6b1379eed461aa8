import { describe, expect, it } from 'vitest';
import { funnelCsv } from './funnel-chart';
import { goalImpactCsv } from './goal-impact-chart';
import { themeRows } from './themes-chart';
import { bucketLabel, bucketLabels, bucketOf, distributionCsv } from './time-to-feedback-chart';

describe('chart data', () => {
  it('marks a percentile on the first bucket that holds it, or the last when beyond all', () => {
    const buckets = [
      { upToHours: 24, count: 1 },
      { upToHours: 48, count: 1 },
      { upToHours: 168, count: 1 },
    ];
    expect(bucketOf(3, buckets)).toBe('≤ 24 h');
    expect(bucketOf(24, buckets)).toBe('≤ 24 h');
    expect(bucketOf(24.1, buckets)).toBe('≤ 48 h');
    expect(bucketOf(500, buckets)).toBe('≤ 7 d');
    expect(bucketOf(5, [])).toBeNull();
    expect(bucketLabel(6)).toBe('≤ 6 h');
    expect(bucketLabel(48)).toBe('≤ 48 h');
    expect(bucketLabel(72)).toBe('≤ 3 d');
  });

  it('names the open-ended last bucket after the bound before it', () => {
    const buckets = [
      { upToHours: 336, count: 1 },
      { upToHours: null, count: 2 },
    ];
    expect(bucketLabels(buckets)).toEqual(['≤ 14 d', '> 14 d']);
    expect(bucketOf(1000, buckets)).toBe('> 14 d');
    expect(bucketLabels([{ upToHours: null, count: 1 }])).toEqual(['any time']);
    expect(distributionCsv({ count: 3, p50Hours: 300, p90Hours: 900, buckets })).toEqual({
      header: ['bucket', 'above_hours', 'up_to_hours', 'count', 'p50_hours', 'p90_hours'],
      rows: [
        ['≤ 14 d', 0, 336, 1, 300, 900],
        ['> 14 d', 336, null, 2, 300, 900],
      ],
    });
  });

  it('pairs strengths and improvements per theme, most mentioned first, naming unknown themes', () => {
    expect(
      themeRows([
        { theme: 'PREPARATION', polarity: 'IMPROVEMENT', count: 2 },
        { theme: 'NEW_THEME', polarity: 'STRENGTH', count: 1 },
        { theme: 'COMMUNICATION', polarity: 'STRENGTH', count: 4 },
        { theme: 'PREPARATION', polarity: 'STRENGTH', count: 3 },
      ]),
    ).toEqual([
      { theme: 'Preparation', strength: 3, improvement: 2 },
      { theme: 'Communication', strength: 4, improvement: 0 },
      { theme: 'New theme', strength: 1, improvement: 0 },
    ]);
  });

  it('exports each chart’s numbers for CSV', () => {
    expect(funnelCsv({ applied: 5, interviewed: 3, rejected: 2, offers: 1, feedbackRequested: 2, feedbackReceived: 1 }).rows[0]).toEqual([
      'Applied',
      5,
    ]);
    expect(distributionCsv({ count: 2, p50Hours: 10, p90Hours: 30, buckets: [{ upToHours: 24, count: 2 }] })).toEqual({
      header: ['bucket', 'above_hours', 'up_to_hours', 'count', 'p50_hours', 'p90_hours'],
      rows: [['≤ 24 h', 0, 24, 2, 10, 30]],
    });
    expect(goalImpactCsv({ candidatesWithCompletedGoals: 2, offerRateBeforeGoals: null, offerRateAfterGoals: 0.5 }).rows).toEqual([
      ['before_first_completed_goal', null, 2],
      ['after_first_completed_goal', 0.5, 2],
    ]);
  });
});
