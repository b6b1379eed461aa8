import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { application, feedback, goal } from '../testing/fixtures';
import { answer, clientAnswering, failure, renderScreen, variablesOf } from '../testing/render-screen';
import { FeedbackScreen } from './feedback-screen';

const tracker = (reflection: string | null = null) => ({
  reflection: reflection === null ? null : { text: reflection, writtenAt: '2026-11-24T10:05:00.000Z' },
  followUpAt: null,
  followUpNote: null,
});
const view = (
  overrides: Parameters<typeof application>[0],
  goals: ReturnType<typeof goal>[] = [],
  reflection: string | null = null,
) =>
  answer({
    application: {
      ...application({ status: 'REJECTED', feedbackStatus: 'RECEIVED', ...overrides }),
      ...tracker(reflection),
    },
    me: { id: 'u1', candidate: { id: 'c1', goals } },
  });
const written = (text: string) => answer({ writeReflection: { id: 'a1', ...tracker(text) } });

const reveal = async (reflection = '') => {
  if (reflection) await userEvent.type(screen.getByLabelText(/What do you think went well/), reflection);
  await userEvent.click(screen.getByRole('button', { name: 'Show me the feedback' }));
};

describe('the feedback view', () => {
  it('given the answer is on its way, then says it is loading', () => {
    renderScreen(<FeedbackScreen applicationId="a1" />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the feedback');
  });

  it('given the api fails, then shows the error', () => {
    renderScreen(<FeedbackScreen applicationId="a1" />, {
      client: clientAnswering({ query: () => failure('a1', { code: 'NOT_FOUND' }) }),
    });
    expect(screen.getByRole('alert')).toHaveTextContent('We could not find that.');
  });

  it('given feedback that has not arrived, then says it is on its way', () => {
    renderScreen(<FeedbackScreen applicationId="a1" />, {
      client: clientAnswering({ query: () => view({ feedbackStatus: 'REQUESTED', feedback: [] }) }),
    });
    expect(screen.getByText(/has not arrived yet/)).toBeInTheDocument();
  });

  it('given feedback, then first asks for a moment of reflection and hides the points', () => {
    renderScreen(<FeedbackScreen applicationId="a1" />, {
      client: clientAnswering({ query: () => view({ feedback: [feedback()] }) }),
    });
    expect(screen.getByRole('heading', { name: 'Before you read it' })).toBeInTheDocument();
    expect(screen.getByText(/information for your next interview, not a verdict on you/)).toBeInTheDocument();
    expect(screen.queryByText('Keep answers to two minutes')).not.toBeInTheDocument();
  });

  it('given the reflection, then keeps it, and shows each point with its theme and polarity beside the candidate own words', async () => {
    const client = clientAnswering({
      query: () => view({ feedback: [feedback()] }),
      mutation: () => written('I talked too long'),
    });
    renderScreen(<FeedbackScreen applicationId="a1" />, { client });
    await reveal('I talked too long');

    expect(variablesOf(client.executeMutation)).toEqual([
      { input: { applicationId: 'a1', text: 'I talked too long' } },
    ]);
    expect(screen.getByRole('heading', { name: 'What you expected' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'What they said' })).toBeInTheDocument();
    expect(screen.getByText('I talked too long')).toBeInTheDocument();
    const [strength, improvement] = screen.getAllByRole('listitem');
    expect(strength).toHaveTextContent('Technical skills');
    expect(strength).toHaveTextContent('Strength');
    expect(within(strength!).queryByRole('button', { name: 'Make this a goal' })).not.toBeInTheDocument();
    expect(improvement).toHaveTextContent('Relevance of answers');
    expect(improvement).toHaveTextContent('To improve');
    expect(within(improvement!).getByRole('button', { name: 'Make this a goal' })).toBeInTheDocument();
  });

  it('given a reflection kept from an earlier visit, then shows the feedback beside it without asking again', () => {
    renderScreen(<FeedbackScreen applicationId="a1" />, {
      client: clientAnswering({
        query: () => view({ feedback: [feedback()] }, [], 'They will say I was vague'),
      }),
    });
    expect(screen.queryByRole('heading', { name: 'Before you read it' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'What you expected' })).toBeInTheDocument();
    expect(screen.getByText('They will say I was vague')).toBeInTheDocument();
    expect(screen.getByText('Keep answers to two minutes')).toBeInTheDocument();
  });

  it('given a blank reflection, then shows the feedback without keeping anything', async () => {
    const client = clientAnswering({ query: () => view({ feedback: [feedback()] }) });
    renderScreen(<FeedbackScreen applicationId="a1" />, { client });
    await reveal();
    expect(client.executeMutation).not.toHaveBeenCalled();
    expect(screen.queryByRole('heading', { name: 'What you expected' })).not.toBeInTheDocument();
    expect(screen.getByText('Keep answers to two minutes')).toBeInTheDocument();
  });

  it('given the api refuses the reflection, then says why beside it and keeps the points hidden', async () => {
    const client = clientAnswering({
      query: () => view({ feedback: [feedback()] }),
      mutation: () =>
        failure('text must be at most 2000 characters', { code: 'BAD_USER_INPUT', field: 'text' }),
    });
    renderScreen(<FeedbackScreen applicationId="a1" />, { client });
    await reveal('far too long');
    expect(screen.getByLabelText(/What do you think went well/)).toHaveAccessibleDescription(
      /at most 2000 characters/i,
    );
    expect(screen.queryByText('Keep answers to two minutes')).not.toBeInTheDocument();
  });

  it('given an improvement point, when making it a goal in own words, then sets the goal from that point', async () => {
    const client = clientAnswering({
      query: () => view({ feedback: [feedback()] }),
      mutation: () => answer({ setGoal: goal() }),
    });
    renderScreen(<FeedbackScreen applicationId="a1" />, { client });
    await reveal();

    await userEvent.click(screen.getByRole('button', { name: 'Make this a goal' }));
    const title = screen.getByLabelText('Your goal');
    expect(title).toHaveFocus();
    expect(title).toHaveValue('Keep answers to two minutes');
    await userEvent.clear(title);
    await userEvent.type(title, 'Answer in two minutes, then stop');
    await userEvent.click(screen.getByRole('button', { name: 'Set goal' }));

    expect(variablesOf(client.executeMutation)).toEqual([
      { input: { feedbackId: 'f1', pointIndex: 1, title: 'Answer in two minutes, then stop' } },
    ]);
  });

  it('given a point that is already a goal, then says so instead of offering it again', async () => {
    renderScreen(<FeedbackScreen applicationId="a1" />, {
      client: clientAnswering({
        query: () => view({ feedback: [feedback()] }, [goal({ fromFeedbackId: 'f1', pointIndex: 1 })]),
      }),
    });
    await reveal();
    expect(screen.getByText('This is one of your goals.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Make this a goal' })).not.toBeInTheDocument();
  });

  it('given an empty goal title, then the message is beside the goal field', async () => {
    const client = clientAnswering({
      query: () => view({ feedback: [feedback()] }),
      mutation: () => failure('title should not be empty', { code: 'BAD_USER_INPUT', field: 'title' }),
    });
    renderScreen(<FeedbackScreen applicationId="a1" />, { client });
    await reveal();
    await userEvent.click(screen.getByRole('button', { name: 'Make this a goal' }));
    await userEvent.clear(screen.getByLabelText('Your goal'));
    await userEvent.click(screen.getByRole('button', { name: 'Set goal' }));
    expect(screen.getByLabelText('Your goal')).toHaveAccessibleDescription(/Should not be empty\.$/);
  });
});
