import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { useRoute } from '../routing/use-route';
import { queuePage, queueRow, SAM, workload } from '../testing/fixtures';
import { renderWithAnswers } from '../testing/render';
import { QueueScreen } from './queue-screen';

/** The queue as the app shows it: its view read from the address, re-rendered when the address changes. */
const RoutedQueue = () => {
  const route = useRoute();
  return route.name === 'queue' ? <QueueScreen view={route.view} viewerId={SAM.id} /> : null;
};

const answers = {
  FeedbackWorkload: workload(),
  ResponseTarget: { data: { responseTarget: null } },
  FeedbackQueue: () => queuePage([queueRow('a1', 'Ada Lovelace', 60)]),
};

const lastFilter = (calls: { variables: Record<string, unknown> }[]) => calls.at(-1)?.variables;

afterEach(() => window.history.replaceState(null, '', '#/'));

describe('the queue view, kept in the address', () => {
  it('given a bookmarked address, then the filters show it and the api is asked for it', async () => {
    window.location.hash = '#/queue?whose=unassigned&waiting=over-7d&q=acme&sort=last-interview';
    const fake = renderWithAnswers(<RoutedQueue />, answers);
    await screen.findByRole('link', { name: /Ada Lovelace/ });
    expect(screen.getByRole('radio', { name: 'Unassigned' })).toBeChecked();
    expect(screen.getByLabelText('Waiting')).toHaveValue('OVER_7D');
    expect(screen.getByLabelText('Company or role')).toHaveValue('acme');
    expect(screen.getByLabelText('Order')).toHaveValue('LAST_INTERVIEW');
    expect(lastFilter(fake.callsOf('FeedbackQueue'))).toMatchObject({
      filter: { assignee: 'UNASSIGNED', heldBy: null, waiting: 'OVER_7D', search: 'acme' },
      sort: 'LAST_INTERVIEW',
    });
    expect(lastFilter(fake.callsOf('FeedbackQueueChanged'))).toMatchObject({ filter: { assignee: 'UNASSIGNED' }, sort: 'LAST_INTERVIEW' });
    expect(screen.getByRole('list', { name: 'Waiting requests, most recent interview first' })).toBeInTheDocument();
  });

  it('when staff pick "Mine", a band and an order, then the address says so and the api is asked for it', async () => {
    const user = userEvent.setup({ delay: null });
    window.location.hash = '#/queue';
    const fake = renderWithAnswers(<RoutedQueue />, answers);
    await screen.findByRole('link', { name: /Ada Lovelace/ });
    await user.click(screen.getByRole('radio', { name: 'Mine' }));
    await user.selectOptions(screen.getByLabelText('Waiting'), '48 hours to 7 days');
    await user.selectOptions(screen.getByLabelText('Order'), 'Most recent interview first');
    expect(window.location.hash).toBe('#/queue?whose=mine&waiting=48h-7d&sort=last-interview');
    await waitFor(() =>
      expect(lastFilter(fake.callsOf('FeedbackQueue'))).toMatchObject({
        filter: { assignee: 'MINE', waiting: 'FROM_48H_TO_7D', search: null },
        sort: 'LAST_INTERVIEW',
      }),
    );
  });

  it('sends the company or role text once typing stops, in place of the current address', async () => {
    const user = userEvent.setup({ delay: null });
    window.location.hash = '#/queue?whose=mine';
    const historyLength = window.history.length;
    const fake = renderWithAnswers(<RoutedQueue />, answers);
    await screen.findByRole('link', { name: /Ada Lovelace/ });
    await user.type(screen.getByLabelText('Company or role'), 'Globex');
    expect(fake.callsOf('FeedbackQueue').some((c) => (c.variables['filter'] as { search: unknown }).search === 'G')).toBe(false);
    await waitFor(() => expect(window.location.hash).toBe('#/queue?whose=mine&q=Globex'));
    expect(window.history.length).toBe(historyLength);
    await waitFor(() => expect(lastFilter(fake.callsOf('FeedbackQueue'))).toMatchObject({ filter: { search: 'Globex' } }));
  });

  it('given a view that matches nothing, then it says so and offers every waiting request', async () => {
    window.location.hash = '#/queue?whose=mine';
    renderWithAnswers(<RoutedQueue />, { ...answers, FeedbackQueue: queuePage([]) });
    const empty = await screen.findByText(/No waiting request matches this view/);
    expect(within(empty).getByRole('link', { name: 'Show every waiting request' })).toHaveAttribute('href', '#/queue');
  });

  it('when a staff member’s name in the workload is clicked, then the queue shows what they hold', async () => {
    const user = userEvent.setup({ delay: null });
    window.location.hash = '#/queue?waiting=over-7d';
    const fake = renderWithAnswers(<RoutedQueue />, answers);
    const panel = await screen.findByRole('table', { name: /Open requests per staff member/ });
    await user.click(within(panel).getByRole('link', { name: 'Kim Colleague' }));
    expect(window.location.hash).toBe('#/queue?held-by=staff-kim&waiting=over-7d');
    await waitFor(() => expect(lastFilter(fake.callsOf('FeedbackQueue'))).toMatchObject({ filter: { heldBy: 'staff-kim', waiting: 'OVER_7D' } }));
    expect(screen.getByText('Held by Kim Colleague')).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'Kim Colleague' })).toHaveAttribute('aria-current', 'page');
    await user.click(within(panel).getByRole('link', { name: 'Sam Staff (you)' }));
    expect(window.location.hash).toBe('#/queue?whose=mine&waiting=over-7d');
  });
});
