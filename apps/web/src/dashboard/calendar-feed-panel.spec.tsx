import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { answer, clientAnswering, renderScreen } from '../testing/render-screen';
import { CalendarFeedPanel } from './calendar-feed-panel';

const OLD = 'http://127.0.0.1:4000/calendar/c1/old-token-aaaaaaaaaaaaaaaaaaaa.ics';
const NEW = 'http://127.0.0.1:4000/calendar/c1/new-token-bbbbbbbbbbbbbbbbbbbb.ics';

describe('the calendar feed panel', () => {
  it('asks for the link only when unfolded, shows how to subscribe, and resets it after confirming', async () => {
    const client = clientAnswering({
      query: () => answer({ calendarUrl: OLD }),
      mutation: () => answer({ resetCalendarUrl: NEW }),
    });
    renderScreen(<CalendarFeedPanel />, { client });
    expect(client.executeQuery).not.toHaveBeenCalled();

    await userEvent.click(screen.getByText('Add your interviews and follow-ups to your calendar'));
    expect(screen.getByLabelText('Your private calendar link')).toHaveValue(OLD);
    expect(screen.getByText('Google Calendar')).toBeInTheDocument();
    expect(screen.getByText('Outlook')).toBeInTheDocument();
    expect(screen.getByText('Apple Calendar')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Reset link' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, reset the link' }));
    expect(client.executeMutation).toHaveBeenCalledTimes(1);
    expect(screen.getByLabelText('Your private calendar link')).toHaveValue(NEW);
    expect(screen.getByRole('status')).toHaveTextContent('The old one no longer works');
  });

  it('copies the link to the clipboard', async () => {
    const user = userEvent.setup();
    renderScreen(<CalendarFeedPanel />, {
      client: clientAnswering({ query: () => answer({ calendarUrl: OLD }) }),
    });
    await user.click(screen.getByText('Add your interviews and follow-ups to your calendar'));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    await expect(navigator.clipboard.readText()).resolves.toBe(OLD);
    expect(screen.getByRole('status')).toHaveTextContent('Link copied.');
  });
});
