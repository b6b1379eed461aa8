import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { application, stats } from '../testing/fixtures';
import { answer, clientAnswering, failure, renderScreen, variablesOf } from '../testing/render-screen';
import { DashboardScreen } from './dashboard-screen';

const dashboard = (applications: ReturnType<typeof application>[], overrides = {}) =>
  answer({
    me: { id: 'u1', candidate: { id: 'c1', name: 'Ada', applications, stats: stats(overrides) } },
  });

describe('the dashboard', () => {
  it('given the answer is on its way, then says it is loading', () => {
    renderScreen(<DashboardScreen />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading your applications');
  });

  it('given the api cannot be reached, then says so and offers to try again', () => {
    renderScreen(<DashboardScreen />, {
      client: clientAnswering({ query: () => failure('internal error', { code: 'INTERNAL_SERVER_ERROR' }) }),
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong on our side');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('given no applications yet, then invites the first one', () => {
    renderScreen(<DashboardScreen />, { client: clientAnswering({ query: () => dashboard([]) }) });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Hello, Ada');
    expect(screen.getByText(/No applications yet/)).toBeInTheDocument();
  });

  it('given applications, then shows them on a board by status, with the stats and the streak', () => {
    renderScreen(<DashboardScreen />, {
      client: clientAnswering({
        query: () =>
          dashboard(
            [
              application({ id: 'a1', role: 'Backend engineer', company: 'Acme', status: 'INTERVIEWING' }),
              application({
                id: 'a2',
                role: 'Data engineer',
                company: 'Globex',
                status: 'REJECTED',
                feedbackStatus: 'REQUESTED',
              }),
              application({ id: 'a3', role: 'SRE', company: 'Initech', status: 'INTERVIEWING' }),
            ],
            { applied: 3, interviewed: 2, rejected: 1, streakWeeks: 3 },
          ),
      }),
    });

    const interviewing = screen.getByRole('region', { name: /Interviewing/ });
    expect(within(interviewing).getAllByRole('listitem')).toHaveLength(2);
    expect(within(interviewing).getByRole('link', { name: /Backend engineer\s*Acme/ })).toHaveAttribute(
      'href',
      '/applications/a1',
    );
    const rejected = screen.getByRole('region', { name: /Rejected/ });
    expect(within(rejected).getByText('Feedback requested')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: /Offer/ })).getByText('None')).toBeInTheDocument();

    const progress = screen.getByRole('region', { name: 'Your progress' });
    expect(within(progress).getByText('Applied').nextSibling).toHaveTextContent('3');
    expect(within(progress).getByText('Rejections').nextSibling).toHaveTextContent('1');
    expect(progress).toHaveTextContent('3 weeks in a row with activity');
  });

  it('given a new application, when the api refuses the role, then the message is beside the role field', async () => {
    const client = clientAnswering({
      query: () => dashboard([]),
      mutation: () => failure('role should not be empty', { code: 'BAD_USER_INPUT', field: 'role' }),
    });
    renderScreen(<DashboardScreen />, { client });

    await userEvent.type(screen.getByLabelText('Company'), 'Acme');
    await userEvent.click(screen.getByRole('button', { name: 'Add application' }));

    const role = screen.getByLabelText('Role');
    expect(role).toHaveAttribute('aria-invalid', 'true');
    expect(role).toHaveAccessibleDescription('Should not be empty.');
    expect(screen.getByLabelText('Company')).not.toHaveAttribute('aria-invalid');
    expect(variablesOf(client.executeMutation)[0]).toMatchObject({ input: { company: 'Acme', role: '' } });
  });

  it('given a new application, when the api accepts it, then confirms and clears the form', async () => {
    const client = clientAnswering({
      query: () => dashboard([]),
      mutation: () =>
        answer({ applyForJob: application({ id: 'a9', company: 'Umbrella', role: 'Analyst' }) }),
    });
    renderScreen(<DashboardScreen />, { client });

    await userEvent.type(screen.getByLabelText('Company'), 'Umbrella');
    await userEvent.type(screen.getByLabelText('Role'), 'Analyst');
    await userEvent.click(screen.getByRole('button', { name: 'Add application' }));

    expect(await screen.findByText('Analyst at Umbrella is on your board.')).toBeInTheDocument();
    expect(screen.getByLabelText('Company')).toHaveValue('');
    const [variables] = variablesOf(client.executeMutation);
    expect(variables).toMatchObject({ input: { company: 'Umbrella', role: 'Analyst' } });
    expect((variables as { input: { idempotencyKey: string } }).input.idempotencyKey).toMatch(
      /^[0-9a-f-]{36}$/,
    );
  });
});
