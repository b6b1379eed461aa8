import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithAnswers } from '../testing/render';
import { networkDown } from '../testing/test-client';
import { toCsv } from './csv';
import { FeedbackReadAfterReflectionPanel } from './feedback-read-after-reflection-panel';
import { reflectionShareCsv, reflectionShareSentence } from './feedback-read-after-reflection-stat';

const shareOf = (feedbackReceived: number, reflected: number, share: number | null) => ({
  data: { analytics: { feedbackReadAfterReflection: { feedbackReceived, reflected, share } } },
});

describe('the share of feedback read after a reflection', () => {
  it('exports the counts and the share for CSV', () => {
    const { header, rows } = reflectionShareCsv({ feedbackReceived: 50, reflected: 31, share: 0.62 });
    expect(toCsv(header, rows)).toBe('feedback_received,read_after_reflection,share\r\n50,31,0.62\r\n');
  });

  it('says its counts in words, singular or plural', () => {
    expect(reflectionShareSentence({ feedbackReceived: 1, reflected: 1, share: 1 })).toBe(
      '1 of 1 critique received was read after the candidate wrote what they expected.',
    );
    expect(reflectionShareSentence({ feedbackReceived: 50, reflected: 31, share: 0.62 })).toBe(
      '31 of 50 critiques received were read after the candidate wrote what they expected.',
    );
  });

  it('shows the share as a figure described by its counts, with its CSV download', async () => {
    renderWithAnswers(<FeedbackReadAfterReflectionPanel />, { AnalyticsFeedbackReadAfterReflection: shareOf(50, 31, 0.62) });
    const figure = await screen.findByRole('figure', { name: 'Read after a reflection' });
    expect(within(figure).getByText('62%')).toBeInTheDocument();
    expect(figure).toHaveAccessibleDescription('31 of 50 critiques received were read after the candidate wrote what they expected.');
    expect(screen.getByRole('region', { name: 'Feedback read after a reflection' })).toContainElement(figure);
    expect(screen.getByRole('button', { name: 'Download CSV of Feedback read after a reflection' })).toBeEnabled();
  });

  it('asks again for the chosen range, counting the whole last day', async () => {
    const fake = renderWithAnswers(<FeedbackReadAfterReflectionPanel />, {
      AnalyticsFeedbackReadAfterReflection: shareOf(50, 31, 0.62),
    });
    await screen.findByRole('figure');
    expect(fake.callsOf('AnalyticsFeedbackReadAfterReflection')[0]?.variables).toEqual({ range: {} });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-11-30' } });
    await waitFor(() =>
      expect(fake.callsOf('AnalyticsFeedbackReadAfterReflection').at(-1)?.variables).toEqual({
        range: { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' },
      }),
    );
  });

  it('says while it loads, when a range holds no feedback, and when it could not be loaded', async () => {
    const loading = renderWithAnswers(<FeedbackReadAfterReflectionPanel />, { AnalyticsFeedbackReadAfterReflection: 'pending' });
    expect(await screen.findByRole('status')).toHaveTextContent('Loading the share read after a reflection…');
    expect(screen.getByRole('button', { name: /Download CSV/ })).toBeDisabled();
    loading.unmount();
    const empty = renderWithAnswers(<FeedbackReadAfterReflectionPanel />, {
      AnalyticsFeedbackReadAfterReflection: shareOf(0, 0, null),
    });
    expect(await screen.findByText('No feedback was received on applications of this range.')).toBeInTheDocument();
    expect(screen.queryByRole('figure')).toBeNull();
    expect(screen.getByRole('button', { name: /Download CSV/ })).toBeDisabled();
    empty.unmount();
    renderWithAnswers(<FeedbackReadAfterReflectionPanel />, { AnalyticsFeedbackReadAfterReflection: networkDown() });
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not reach/i);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
  });
});
