import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Layout } from '../shell/layout';
import { KIM, queuePage, queueRow, SAM, workload } from '../testing/fixtures';
import { renderWithAnswers } from '../testing/render';
import { apiError } from '../testing/test-client';
import { QueueScreen } from './queue-screen';

const queueAnswers = (rows = [queueRow('a1', 'Ada Lovelace', 60)]) => ({
  FeedbackWorkload: workload(),
  ResponseTarget: { data: { responseTarget: { workingDays: 5 } } },
  FeedbackQueue: () => queuePage(rows),
});
const heldBy = (assignee: { id: string; name: string }) => ({ data: { assignFeedbackRequest: { applicationId: 'a1', assignedAt: null, dueAt: null, hoursUntilDue: null, overdue: false, assignee } } });

const rowOf = async (name: RegExp) => (await screen.findByRole('link', { name })).closest('li') as HTMLElement;

/** The queue inside the app's frame, where confirmations appear. */
const inFrame = () => (
  <Layout role="STAFF" email="sam@agency.test" route={{ name: 'queue' }} onSignOut={() => undefined}>
    <QueueScreen viewerId={SAM.id} />
  </Layout>
);

describe('assigning from the queue', () => {
  it('shows who holds each request and its time left or overdue against the target', async () => {
    const rows = [
      queueRow('a1', 'Ada Lovelace', 200, 'Acme', { assignee: KIM, dueAt: new Date(Date.now() - 3 * 86_400_000 - 3_600_000).toISOString(), overdue: true }),
      queueRow('a2', 'Alan Turing', 5, 'Globex', { dueAt: new Date(Date.now() + 20 * 3_600_000).toISOString() }),
    ];
    renderWithAnswers(<QueueScreen viewerId={SAM.id} />, queueAnswers(rows));
    const ada = await rowOf(/Ada Lovelace/);
    expect(ada).toHaveTextContent('Held by Kim Colleague');
    expect(ada).toHaveTextContent(/Overdue by \d working days?/);
    const alan = await rowOf(/Alan Turing/);
    expect(alan).toHaveTextContent('Unassigned');
    expect(alan).toHaveTextContent(/\d+ h left|1 working day left/);
  });

  it('assigns a request to the viewer, saying who saw it unassigned, and confirms it', async () => {
    const user = userEvent.setup({ delay: null });
    const fake = renderWithAnswers(inFrame(), { ...queueAnswers(), AssignFeedbackRequest: heldBy(SAM) });
    const ada = await rowOf(/Ada Lovelace/);
    await user.click(within(ada).getByRole('button', { name: 'Assign to me' }));
    expect(fake.callsOf('AssignFeedbackRequest')[0]?.variables).toEqual({
      input: { applicationId: 'a1', assigneeId: SAM.id, expectedAssigneeId: null },
    });
    expect(await screen.findByText('Ada Lovelace’s request: Assigned to you.')).toBeInTheDocument();
    await waitFor(() => expect(fake.callsOf('FeedbackQueue').length).toBeGreaterThan(1));
  });

  it('reassigns to a colleague chosen by keyboard from the agency’s staff, naming who held it', async () => {
    const user = userEvent.setup({ delay: null });
    const fake = renderWithAnswers(<QueueScreen viewerId={SAM.id} />, {
      ...queueAnswers([queueRow('a1', 'Ada Lovelace', 60, 'Acme', { assignee: KIM })]),
      AssignFeedbackRequest: heldBy({ id: 'staff-lee', name: 'Lee Other' }),
    });
    const ada = await rowOf(/Ada Lovelace/);
    const group = within(ada).getByRole('group', { name: 'Who works on Ada Lovelace, Backend engineer at Acme' });
    const choose = within(group).getByLabelText('Reassign to');
    expect(within(choose).getAllByRole('option').map((o) => o.textContent)).toEqual(['A colleague…', 'Lee Other']);
    expect(within(group).getByRole('button', { name: 'Reassign' })).toBeDisabled();
    choose.focus();
    await user.keyboard('{ArrowDown}');
    await user.selectOptions(choose, 'Lee Other');
    await user.tab();
    expect(within(group).getByRole('button', { name: 'Reassign' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(fake.callsOf('AssignFeedbackRequest')[0]?.variables).toEqual({
      input: { applicationId: 'a1', assigneeId: 'staff-lee', expectedAssigneeId: KIM.id },
    });
  });

  it('unassigns from the holder the viewer saw', async () => {
    const user = userEvent.setup({ delay: null });
    const fake = renderWithAnswers(<QueueScreen viewerId={SAM.id} />, {
      ...queueAnswers([queueRow('a1', 'Ada Lovelace', 60, 'Acme', { assignee: SAM })]),
      UnassignFeedbackRequest: { data: { unassignFeedbackRequest: { applicationId: 'a1', assignedAt: null, dueAt: null, hoursUntilDue: null, overdue: false, assignee: null } } },
    });
    const ada = await rowOf(/Ada Lovelace/);
    expect(ada).toHaveTextContent('Held by you');
    expect(within(ada).queryByRole('button', { name: 'Assign to me' })).toBeNull();
    await user.click(within(ada).getByRole('button', { name: 'Unassign' }));
    expect(fake.callsOf('UnassignFeedbackRequest')[0]?.variables).toEqual({ applicationId: 'a1', expectedAssigneeId: SAM.id });
  });

  it('while the api answers, says so and lets nothing be sent twice', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithAnswers(<QueueScreen viewerId={SAM.id} />, { ...queueAnswers(), AssignFeedbackRequest: 'pending' });
    const ada = await rowOf(/Ada Lovelace/);
    await user.click(within(ada).getByRole('button', { name: 'Assign to me' }));
    expect(within(ada).getByRole('status')).toHaveTextContent('Saving…');
    expect(within(ada).getByRole('group')).toHaveAttribute('aria-busy', 'true');
    expect(within(ada).getByRole('button', { name: 'Assign to me' })).toBeDisabled();
  });

  it('when a colleague took it first, then says who has it and reads the queue again', async () => {
    const user = userEvent.setup({ delay: null });
    const fake = renderWithAnswers(<QueueScreen viewerId={SAM.id} />, {
      ...queueAnswers(),
      AssignFeedbackRequest: apiError('CONFLICT', 'this feedback request is already assigned to Kim Colleague'),
    });
    const ada = await rowOf(/Ada Lovelace/);
    const queueReads = fake.callsOf('FeedbackQueue').length;
    await user.click(within(ada).getByRole('button', { name: 'Assign to me' }));
    expect(await within(ada).findByRole('alert')).toHaveTextContent(
      'This feedback request is already assigned to Kim Colleague. Nothing was changed.',
    );
    expect(within(ada).getByRole('group')).toHaveAccessibleDescription(/already assigned to Kim Colleague/);
    expect(fake.callsOf('FeedbackQueue').length).toBeGreaterThan(queueReads);
  });

  it('says a refusal in plain words', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithAnswers(<QueueScreen viewerId={SAM.id} />, {
      ...queueAnswers(),
      AssignFeedbackRequest: apiError('FORBIDDEN', 'a feedback request is assigned only to staff of the agency'),
    });
    const ada = await rowOf(/Ada Lovelace/);
    await user.click(within(ada).getByRole('button', { name: 'Assign to me' }));
    expect(await within(ada).findByRole('alert')).toHaveTextContent('Your account is not allowed to do that.');
  });
});

describe('the workload panel', () => {
  it('lists open requests per staff member with the oldest of each, and the unassigned count', async () => {
    renderWithAnswers(<QueueScreen viewerId={SAM.id} />, queueAnswers());
    const panel = await screen.findByRole('table', { name: /Open requests per staff member/ });
    const rows = within(panel).getAllByRole('row').slice(1).map((row) => row.textContent);
    expect(rows).toEqual(['Kim Colleague31 Dec 2026', 'Sam Staff (you)13 Dec 2026', 'Lee Other0—', 'Unassigned420 Nov 2026']);
    expect(within(panel).getByRole('link', { name: 'Unassigned' })).toHaveAttribute('href', '#/queue?whose=unassigned');
  });

  it('says when it could not be loaded, and loads again on request', async () => {
    const user = userEvent.setup({ delay: null });
    let up = false;
    renderWithAnswers(<QueueScreen viewerId={SAM.id} />, {
      ...queueAnswers(),
      FeedbackWorkload: () => (up ? workload() : apiError('INTERNAL_SERVER_ERROR', 'boom')),
    });
    const region = await screen.findByRole('region', { name: 'Workload' });
    expect(await within(region).findByRole('alert')).toHaveTextContent(/went wrong/);
    up = true;
    await user.click(within(region).getByRole('button', { name: 'Try again' }));
    expect(await within(region).findByRole('table')).toBeInTheDocument();
  });

  it('follows live changes: a push reads the workload again', async () => {
    let kimHolds = 3;
    const fake = renderWithAnswers(<QueueScreen viewerId={SAM.id} />, {
      ...queueAnswers(),
      FeedbackWorkload: () => {
        const answer = workload();
        answer.data.feedbackWorkload.staff[0]!.openRequests = kimHolds;
        return answer;
      },
    });
    const panel = await screen.findByRole('table', { name: /Open requests per staff member/ });
    kimHolds = 4;
    act(() => fake.push('FeedbackQueueChanged', { feedbackQueueChanged: { totalCount: 1 } }));
    await waitFor(() => expect(within(panel).getAllByRole('row')[1]).toHaveTextContent('Kim Colleague4'));
  });
});
