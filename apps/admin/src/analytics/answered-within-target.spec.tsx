import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithAnswers } from '../testing/render';
import { networkDown } from '../testing/test-client';
import { answeredWithinTargetCsv, monthLabel, targetBars } from './answered-within-target-chart';
import { AnsweredWithinTargetPanel } from './answered-within-target-panel';
import { toCsv } from './csv';

const months = [
  { month: '2026-10', requests: 40, withinTarget: 34, share: 0.85 },
  { month: '2026-11', requests: 20, withinTarget: 11, share: 0.55 },
  { month: '2026-12', requests: 0, withinTarget: 0, share: null },
];
const answered = (workingDays: number | null, list = months) => ({
  data: { responseTarget: workingDays === null ? null : { workingDays }, analytics: { answeredWithinTarget: list } },
});

describe('the share of requests answered within the target', () => {
  it('draws one bar per month in whole percent, and names months in words', () => {
    expect(monthLabel('2026-11')).toBe('Nov 2026');
    expect(targetBars(months)).toEqual([
      { month: 'Oct 2026', percent: 85 },
      { month: 'Nov 2026', percent: 55 },
      { month: 'Dec 2026', percent: 0 },
    ]);
  });

  it('exports each month’s counts and share for CSV', () => {
    const { header, rows } = answeredWithinTargetCsv(months);
    expect(toCsv(header, rows)).toBe(
      'month,requests,answered_within_target,share\r\n2026-10,40,34,0.85\r\n2026-11,20,11,0.55\r\n2026-12,0,0,\r\n',
    );
  });

  it('shows the same numbers as a table, naming the target', async () => {
    renderWithAnswers(<AnsweredWithinTargetPanel />, { AnalyticsAnsweredWithinTarget: answered(5) });
    const table = await screen.findByRole('table', { name: 'Requests answered within 5 working days, per month requested' });
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'MonthRequestsWithin targetShare',
      'Oct 20264034' + '85%',
      'Nov 20262011' + '55%',
      'Dec 202600no data',
    ]);
    expect(screen.getByRole('button', { name: 'Download CSV of Share of requests answered within the target' })).toBeEnabled();
  });

  it('asks again for the chosen range', async () => {
    const fake = renderWithAnswers(<AnsweredWithinTargetPanel />, { AnalyticsAnsweredWithinTarget: answered(5) });
    await screen.findByRole('table');
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-01' } });
    await waitFor(() =>
      expect(fake.callsOf('AnalyticsAnsweredWithinTarget').at(-1)?.variables).toEqual({ range: { from: '2026-11-01T00:00:00.000Z' } }),
    );
  });

  it('says when the agency has no target, when a range holds nothing, and when it could not be loaded', async () => {
    const first = renderWithAnswers(<AnsweredWithinTargetPanel />, { AnalyticsAnsweredWithinTarget: answered(null, []) });
    expect(await screen.findByText(/has set no response target yet/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Download CSV/ })).toBeDisabled();
    first.unmount();
    const second = renderWithAnswers(<AnsweredWithinTargetPanel />, { AnalyticsAnsweredWithinTarget: answered(5, []) });
    expect(await screen.findByText('No feedback requests in this range.')).toBeInTheDocument();
    second.unmount();
    renderWithAnswers(<AnsweredWithinTargetPanel />, { AnalyticsAnsweredWithinTarget: networkDown() });
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not reach/i);
  });
});
