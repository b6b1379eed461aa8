import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { answer, clientAnswering, failure, renderScreen } from '../testing/render-screen';
import { RemindersPanel } from './reminders-panel';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const reminder = (applicationId: string, dueAt: string, note: string, overdue = false) => ({
  applicationId,
  dueAt,
  note,
  overdue,
  kind: 'FOLLOW_UP' as const,
});

describe('the reminders at the top of the dashboard', () => {
  it('given reminders overdue and due this week, then lists each under its heading with a link to its application', () => {
    renderScreen(<RemindersPanel />, {
      client: clientAnswering({
        query: () =>
          answer({
            reminders: [
              reminder('a1', inDays(-2), 'Email the recruiter', true),
              { ...reminder('a2', inDays(2), 'Interview: Final at Acme'), kind: 'INTERVIEW' },
              reminder('a3', inDays(20), 'Much later'),
            ],
          }),
      }),
    });
    const overdue = screen.getByRole('region', { name: /Overdue/ });
    expect(within(overdue).getByRole('link', { name: 'Email the recruiter' })).toHaveAttribute(
      'href',
      '/applications/a1',
    );
    const week = screen.getByRole('region', { name: /Due this week/ });
    expect(within(week).getByRole('link', { name: 'Interview: Final at Acme' })).toHaveAttribute(
      'href',
      '/applications/a2',
    );
    expect(screen.queryByText('Much later')).not.toBeInTheDocument();
  });

  it('given nothing due this week, then shows nothing at all', () => {
    const { container } = renderScreen(<RemindersPanel />, {
      client: clientAnswering({
        query: () => answer({ reminders: [reminder('a3', inDays(20), 'Much later')] }),
      }),
    });
    expect(container).toBeEmptyDOMElement();
  });

  it('given the reminders fail to load, then says so quietly', () => {
    renderScreen(<RemindersPanel />, {
      client: clientAnswering({ query: () => failure('internal error', { code: 'INTERNAL_SERVER_ERROR' }) }),
    });
    expect(screen.getByText('Your reminders could not be loaded just now.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
