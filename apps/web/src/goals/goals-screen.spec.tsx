import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { feedback, goal } from '../testing/fixtures';
import { answer, clientAnswering, failure, renderScreen, variablesOf } from '../testing/render-screen';
import { GoalsScreen } from './goals-screen';

const goalsOf = (goals: ReturnType<typeof goal>[]) =>
  answer({
    me: {
      id: 'u1',
      candidate: {
        id: 'c1',
        goals,
        applications: [{ id: 'a1', company: 'Acme', role: 'Backend engineer', feedback: [feedback()] }],
      },
    },
  });

describe('the goals', () => {
  it('given the answer is on its way, then says it is loading', () => {
    renderScreen(<GoalsScreen />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading your goals');
  });

  it('given the api fails, then shows the error', () => {
    renderScreen(<GoalsScreen />, {
      client: clientAnswering({ query: () => failure('sign in first', { code: 'UNAUTHENTICATED' }) }),
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Your session has ended.');
  });

  it('given no goals, then says where goals come from', () => {
    renderScreen(<GoalsScreen />, { client: clientAnswering({ query: () => goalsOf([]) }) });
    expect(screen.getByText(/You have no goals yet/)).toBeInTheDocument();
  });

  it('given goals, then groups them by status, each with the point it came from', () => {
    renderScreen(<GoalsScreen />, {
      client: clientAnswering({
        query: () =>
          goalsOf([
            goal({ id: 'g1', title: 'Two-minute answers' }),
            goal({
              id: 'g2',
              title: 'Learn Kafka basics',
              status: 'COMPLETED',
              completedAt: '2026-11-25T09:00:00.000Z',
              fromFeedbackId: null,
              pointIndex: null,
              theme: 'TECHNICAL_SKILLS',
            }),
          ]),
      }),
    });

    const open = screen.getByRole('region', { name: /^Open/ });
    const first = within(open).getByRole('listitem', { name: 'Two-minute answers' });
    expect(first).toHaveTextContent('From feedback on Backend engineer at Acme: Keep answers to two minutes');
    const completed = screen.getByRole('region', { name: /^Completed/ });
    expect(within(completed).getByRole('listitem', { name: 'Learn Kafka basics' })).toHaveTextContent(
      'Set by you.',
    );
    expect(
      within(screen.getByRole('region', { name: /^Abandoned/ })).getByText('Nothing abandoned.'),
    ).toBeInTheDocument();
    expect(within(completed).queryByRole('button', { name: 'Complete' })).not.toBeInTheDocument();
  });

  it('given an open goal, when completing it with a reflection, then sends the reflection', async () => {
    const client = clientAnswering({
      query: () => goalsOf([goal()]),
      mutation: () => answer({ completeGoal: goal({ status: 'COMPLETED' }) }),
    });
    renderScreen(<GoalsScreen />, { client });

    await userEvent.click(screen.getByRole('button', { name: 'Complete' }));
    await userEvent.type(
      screen.getByLabelText('What did you do, and what changed?'),
      'Timed myself in three mock interviews',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Mark as completed' }));

    expect(variablesOf(client.executeMutation)).toEqual([
      { goalId: 'g1', reflection: 'Timed myself in three mock interviews' },
    ]);
  });

  it('given an open goal, when abandoning it, then asks first and explains a refusal', async () => {
    const client = clientAnswering({
      query: () => goalsOf([goal()]),
      mutation: () => failure('a goal is closed once', { code: 'CONFLICT' }),
    });
    renderScreen(<GoalsScreen />, { client });

    await userEvent.click(screen.getByRole('button', { name: 'Abandon' }));
    expect(client.executeMutation).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, abandon it' }));

    expect(variablesOf(client.executeMutation)).toEqual([{ goalId: 'g1' }]);
    expect(await screen.findByRole('alert')).toHaveTextContent('nothing was changed. A goal is closed once.');
  });
});
