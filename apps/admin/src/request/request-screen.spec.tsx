import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { history, holding, KIM, requestedApplication, SAM, workload } from '../testing/fixtures';
import { renderWithAnswers } from '../testing/render';
import { apiError } from '../testing/test-client';
import { RequestScreen } from './request-screen';

const recorded = {
  data: {
    recordFeedback: {
      id: 'fb-9',
      applicationId: 'app-1',
      receivedAt: '2026-11-25T10:00:00.000Z',
      summary: 'Thanks.',
      recommendation: 'MIXED',
      points: [],
    },
  },
};

const around = { FeedbackWorkload: workload(), FeedbackHolding: holding(), ApplicationHistory: history() };

const hashBecomes = (hash: string) => waitFor(() => expect(window.location.hash).toBe(hash));

const writeValidCritique = async (user: UserEvent, points: number) => {
  await user.click(screen.getByLabelText('Summary'));
  await user.paste('Good energy; go deeper on design.');
  for (let n = 1; n <= points; n++) {
    if (n > 1) await user.click(screen.getByRole('button', { name: 'Add point' }));
    const group = screen.getByRole('group', { name: `Point ${n}` });
    await user.selectOptions(within(group).getByLabelText('Theme'), 'Communication');
    await user.click(within(group).getByRole('radio', { name: 'Strength' }));
    await user.click(within(group).getByLabelText('Note'));
    await user.paste(`Point number ${n} in detail.`);
  }
  await user.selectOptions(screen.getByLabelText('Overall recommendation'), 'Yes');
};

describe('a feedback request', () => {
  it('shows the application, its interviews, self-ratings and notes', async () => {
    renderWithAnswers(<RequestScreen applicationId="app-1" viewerId={SAM.id} />, { ...around, FeedbackRequest: requestedApplication() });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Feedback for Ada Lovelace: Backend engineer at Acme' }),
    ).toBeInTheDocument();
    const interviews = within(screen.getByRole('region', { name: 'Interviews' })).getAllByRole('listitem');
    expect(interviews[0]).toHaveTextContent('Phone screen');
    expect(interviews[0]).toHaveTextContent('Self-rating: 4 / 5');
    expect(interviews[0]).toHaveTextContent('ran out of time on the last question');
    expect(interviews[1]).toHaveTextContent('Self-rating: not given');
    expect(screen.getByRole('form', { name: 'Record feedback' })).toBeInTheDocument();
  });

  it('says when the application is not in the agency', async () => {
    renderWithAnswers(<RequestScreen applicationId="nope" viewerId={SAM.id} />, { ...around, FeedbackRequest: { data: { application: null } } });
    expect(await screen.findByText(/No application nope in your agency/)).toBeInTheDocument();
  });

  it('shows the feedback already given instead of the forms', async () => {
    renderWithAnswers(<RequestScreen applicationId="app-1" viewerId={SAM.id} />, { ...around, FeedbackRequest: requestedApplication('RECEIVED') });
    expect(await screen.findByRole('heading', { name: 'Feedback given' })).toBeInTheDocument();
    expect(screen.getByText(/system design needs depth/)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Record feedback' })).not.toBeInTheDocument();
  });

  it('records a three-point critique and returns to the queue', async () => {
    const user = userEvent.setup({ delay: null });
    const fake = renderWithAnswers(<RequestScreen applicationId="app-1" viewerId={SAM.id} />, {
      ...around,
      FeedbackRequest: requestedApplication(),
      RecordFeedback: recorded,
    });
    await screen.findByRole('form', { name: 'Record feedback' });
    await writeValidCritique(user, 3);
    await user.click(screen.getByRole('button', { name: 'Send feedback' }));
    await hashBecomes('#/queue');
    const [call] = fake.callsOf('RecordFeedback');
    expect(call?.variables['input']).toMatchObject({ applicationId: 'app-1', recommendation: 'YES' });
    expect((call?.variables['input'] as { points: unknown[] }).points).toHaveLength(3);
  });

  it('shows the api refusing one point beside that point’s field', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithAnswers(<RequestScreen applicationId="app-1" viewerId={SAM.id} />, {
      ...around,
      FeedbackRequest: requestedApplication(),
      RecordFeedback: apiError('BAD_USER_INPUT', 'points[1].note must not be empty', 'points[1].note'),
    });
    await screen.findByRole('form', { name: 'Record feedback' });
    await writeValidCritique(user, 2);
    await user.click(screen.getByRole('button', { name: 'Send feedback' }));
    const note = within(screen.getByRole('group', { name: 'Point 2' })).getByLabelText('Note');
    expect(await screen.findByText('Must not be empty')).toBeInTheDocument();
    expect(note).toHaveAccessibleDescription('Must not be empty');
    expect(window.location.hash).toBe('');
  });

  it('records that no feedback will come, with a reason', async () => {
    const user = userEvent.setup({ delay: null });
    const fake = renderWithAnswers(<RequestScreen applicationId="app-1" viewerId={SAM.id} />, {
      ...around,
      FeedbackRequest: requestedApplication(),
      DeclineFeedback: { data: { declineFeedback: { id: 'app-1', status: 'REJECTED', feedbackStatus: 'DECLINED' } } },
    });
    const decline = await screen.findByRole('form', { name: 'No feedback will come' });
    await user.click(within(decline).getByRole('button', { name: 'Record that no feedback will come' }));
    expect(within(decline).getByRole('alert')).toHaveTextContent('Say why no feedback will come');
    await user.type(within(decline).getByLabelText('Reason'), 'The employer does not give feedback.');
    await user.click(within(decline).getByRole('button', { name: 'Record that no feedback will come' }));
    await hashBecomes('#/queue');
    expect(fake.callsOf('DeclineFeedback')[0]?.variables).toEqual({
      applicationId: 'app-1',
      reason: 'The employer does not give feedback.',
    });
  });
});

describe('who works on a feedback request', () => {
  it('shows the holder, the due date, and the history with its assignments in words', async () => {
    renderWithAnswers(<RequestScreen applicationId="app-1" viewerId={SAM.id} />, {
      ...around,
      FeedbackHolding: holding(KIM),
      FeedbackRequest: requestedApplication(),
    });
    const holder = await screen.findByRole('region', { name: 'Who works on it' });
    expect(await within(holder).findByText(/Kim Colleague \(since/)).toBeInTheDocument();
    expect(holder).toHaveTextContent(/2 working days left|1 working day left|\d+ h left/);
    const history = await screen.findByRole('list', { name: 'What happened, oldest first' });
    expect(within(history).getAllByRole('listitem').map((item) => item.textContent?.split(' — ')[1])).toEqual([
      'Applied',
      'Feedback requested',
      'Assigned to Kim Colleague by Sam Staff',
    ]);
  });

  it('takes the request over from the holder, then reads the holder and the history again', async () => {
    const user = userEvent.setup({ delay: null });
    let taken = false;
    const fake = renderWithAnswers(<RequestScreen applicationId="app-1" viewerId={SAM.id} />, {
      ...around,
      FeedbackHolding: () => holding(taken ? SAM : KIM),
      FeedbackRequest: requestedApplication(),
      AssignFeedbackRequest: () => ((taken = true), { data: { assignFeedbackRequest: holding(SAM).data.feedbackRequest } }),
    });
    const holder = await screen.findByRole('region', { name: 'Who works on it' });
    await user.click(await within(holder).findByRole('button', { name: 'Take it over' }));
    expect(fake.callsOf('AssignFeedbackRequest')[0]?.variables).toEqual({
      input: { applicationId: 'app-1', assigneeId: SAM.id, expectedAssigneeId: KIM.id },
    });
    expect(await within(holder).findByText(/You \(since/)).toBeInTheDocument();
    await waitFor(() => expect(fake.callsOf('ApplicationHistory').length).toBeGreaterThan(1));
  });

  it('names who has it when a colleague took it first', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithAnswers(<RequestScreen applicationId="app-1" viewerId={SAM.id} />, {
      ...around,
      FeedbackRequest: requestedApplication(),
      AssignFeedbackRequest: apiError('CONFLICT', 'this feedback request is already assigned to Kim Colleague'),
    });
    const holder = await screen.findByRole('region', { name: 'Who works on it' });
    await user.click(await within(holder).findByRole('button', { name: 'Assign to me' }));
    expect(await within(holder).findByRole('alert')).toHaveTextContent('already assigned to Kim Colleague. Nothing was changed.');
  });

  it('shows no holder once the request is answered', async () => {
    renderWithAnswers(<RequestScreen applicationId="app-1" viewerId={SAM.id} />, { ...around, FeedbackRequest: requestedApplication('RECEIVED') });
    await screen.findByRole('heading', { name: 'Feedback given' });
    expect(screen.queryByRole('region', { name: 'Who works on it' })).toBeNull();
    expect(await screen.findByRole('region', { name: 'History' })).toBeInTheDocument();
  });
});
