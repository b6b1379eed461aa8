import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { queuePage, queueRow, SAM, workload } from '../testing/fixtures';
import { renderWithAnswers } from '../testing/render';
import { networkDown } from '../testing/test-client';
import { QueueScreen } from './queue-screen';

const side = { FeedbackWorkload: workload(), ResponseTarget: { data: { responseTarget: { workingDays: 5 } } } };

describe('the feedback queue', () => {
  it('says it is loading until the queue arrives', () => {
    renderWithAnswers(<QueueScreen viewerId={SAM.id} />, {
      ...side, FeedbackQueue: 'pending' });
    expect(screen.getByRole('status')).toHaveTextContent('Loading the feedback queue');
  });

  it('says when no requests are waiting', async () => {
    renderWithAnswers(<QueueScreen viewerId={SAM.id} />, {
      ...side, FeedbackQueue: queuePage([]) });
    expect(await screen.findByText(/No requests are waiting/)).toBeInTheDocument();
  });

  it('explains a failure and loads again on request', async () => {
    const user = userEvent.setup({ delay: null });
    let apiUp = false;
    renderWithAnswers(<QueueScreen viewerId={SAM.id} />, {
      ...side,
      FeedbackQueue: () => (apiUp ? queuePage([queueRow('a1', 'Ada', 3)]) : networkDown()),
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not reach/i);
    apiUp = true;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Ada')).toBeInTheDocument();
  });

  it('lists requests oldest first with company, role, stages and waiting time, marking 48 hours and 7 days', async () => {
    renderWithAnswers(<QueueScreen viewerId={SAM.id} />, {
      ...side,
      FeedbackQueue: queuePage([
        queueRow('a1', 'Grace Hopper', 200, 'Initech'),
        queueRow('a2', 'Ada Lovelace', 60, 'Acme'),
        queueRow('a3', 'Alan Turing', 5, 'Globex'),
      ]),
    });
    const rows = within(await screen.findByRole('list', { name: /oldest first/ })).getAllByRole('listitem');
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual([
      'Grace Hopper — Backend engineer at Initech',
      'Ada Lovelace — Backend engineer at Acme',
      'Alan Turing — Backend engineer at Globex',
    ]);
    expect(rows[0]).toHaveTextContent('Over 7 days');
    expect(rows[0]).toHaveTextContent('Stages reached: Phone screen → Onsite.');
    expect(rows[0]).toHaveTextContent('Waiting 8 d 8 h');
    expect(rows[1]).toHaveTextContent('Over 48 hours');
    expect(rows[2]).not.toHaveTextContent(/Over/);
    expect(rows[2]).toHaveTextContent('Waiting 5 h');
    expect(within(rows[0]!).getByRole('link')).toHaveAttribute('href', '#/requests/a1');
  });

  it('pages forward with the end cursor and back again', async () => {
    const user = userEvent.setup({ delay: null });
    const { callsOf } = renderWithAnswers(<QueueScreen viewerId={SAM.id} />, {
      ...side,
      FeedbackQueue: (vars) =>
        vars['after'] === 'cursor-20'
          ? queuePage([queueRow('b1', 'Page Two', 1)], { totalCount: 21 })
          : queuePage([queueRow('a1', 'Page One', 1)], { endCursor: 'cursor-20', totalCount: 21 }),
    });
    await screen.findByText('Page One');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Page Two')).toBeInTheDocument();
    expect(screen.getByText('Page 2')).toBeInTheDocument();
    expect(callsOf('FeedbackQueue').at(-1)?.variables).toMatchObject({ first: 20, after: 'cursor-20' });
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(await screen.findByText('Page One')).toBeInTheDocument();
  });

  it('refetches when the api pushes a queue change, so new requests appear live', async () => {
    let arrived = false;
    const fake = renderWithAnswers(<QueueScreen viewerId={SAM.id} />, {
      ...side,
      FeedbackQueue: () => queuePage(arrived ? [queueRow('a1', 'Ada', 3), queueRow('a2', 'Alan', 0.2)] : [queueRow('a1', 'Ada', 3)]),
    });
    await screen.findByText('Ada');
    arrived = true;
    expect(fake.callsOf('FeedbackQueueChanged')).toHaveLength(1);
    act(() => fake.push('FeedbackQueueChanged', { feedbackQueueChanged: { totalCount: 2 } }));
    expect(await screen.findByText('Alan')).toBeInTheDocument();
    expect(screen.getByText('2 requests in this view.', { selector: 'p:not(.visually-hidden)' })).toBeInTheDocument();
  });
});
