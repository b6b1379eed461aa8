import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answer, clientAnswering, renderScreen } from '../testing/render-screen';
import { ReminderNotifier } from './reminder-notifier';

const NOW = new Date('2026-12-07T09:00:00.000Z');
const reminder = (applicationId: string, inMs: number, note: string) => ({
  applicationId,
  dueAt: new Date(NOW.getTime() + inMs).toISOString(),
  note,
  overdue: inMs < 0,
  kind: 'FOLLOW_UP' as const,
});

describe('the reminder notifier', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it('given a follow-up due in a minute, when the minute passes with the app open, then announces it with a link', () => {
    renderScreen(<ReminderNotifier />, {
      client: clientAnswering({
        query: () =>
          answer({
            reminders: [
              reminder('a0', -60_000, 'Already late'),
              reminder('a1', 60_000, 'Email the recruiter'),
            ],
          }),
      }),
    });
    const region = screen.getByLabelText('Reminders');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toBeEmptyDOMElement();

    act(() => vi.advanceTimersByTime(30_000));
    expect(region).toBeEmptyDOMElement();

    act(() => vi.advanceTimersByTime(31_000));
    expect(region).toHaveTextContent('Due now: Email the recruiter');
    expect(region).not.toHaveTextContent('Already late');
    expect(screen.getByRole('link', { name: 'Open the application' })).toHaveAttribute(
      'href',
      '/applications/a1',
    );

    act(() => screen.getByRole('button', { name: 'Dismiss' }).click());
    expect(region).toBeEmptyDOMElement();
  });

  it('given no reminders, then stays silent', () => {
    renderScreen(<ReminderNotifier />, {
      client: clientAnswering({ query: () => answer({ reminders: [] }) }),
    });
    act(() => vi.advanceTimersByTime(3_600_000));
    expect(screen.getByLabelText('Reminders')).toBeEmptyDOMElement();
  });
});
