import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { application } from '../testing/fixtures';
import { answer, clientAnswering, failure, renderScreen, variablesOf } from '../testing/render-screen';
import { ApplicationScreen } from './application-screen';

const showing = (overrides: Parameters<typeof application>[0] = {}) =>
  clientAnswering({ query: () => answer({ application: application(overrides) }) });

const interviewed = {
  status: 'INTERVIEWING' as const,
  interviews: [
    {
      id: 'i1',
      scheduledFor: null,
      occurredAt: '2026-11-10T10:00:00.000Z',
      stage: 'Technical',
      selfRating: 4,
      notes: 'Queues',
    },
  ],
};

describe('an application', () => {
  it('given the answer is on its way, then says it is loading', () => {
    renderScreen(<ApplicationScreen applicationId="a1" />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the application');
  });

  it('given it does not exist, then says so with a way back', () => {
    renderScreen(<ApplicationScreen applicationId="zz" />, {
      client: clientAnswering({ query: () => answer({ application: null }) }),
    });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Application not found');
    expect(screen.getByRole('link', { name: 'Back to your dashboard' })).toHaveAttribute('href', '/');
  });

  it('given the api fails, then shows the error', () => {
    renderScreen(<ApplicationScreen applicationId="a1" />, {
      client: clientAnswering({ query: () => failure('not allowed', { code: 'FORBIDDEN' }) }),
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Your account is not allowed to do that.');
  });

  it('given a fresh application, then shows its timeline in words and that feedback comes after an interview', () => {
    renderScreen(<ApplicationScreen applicationId="a1" />, { client: showing() });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Backend engineer at Acme');
    const timeline = screen.getByRole('region', { name: 'What happened' });
    expect(within(timeline).getByText('You applied for Backend engineer at Acme.')).toBeInTheDocument();
    expect(timeline).not.toHaveTextContent('JobApplied');
    expect(
      screen.getByText('You can ask for feedback after an interview or a rejection.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Request feedback' })).not.toBeInTheDocument();
  });

  it('given an interview happened, when requesting feedback, then asks the api for this application', async () => {
    const client = showing(interviewed);
    renderScreen(<ApplicationScreen applicationId="a1" />, { client });
    expect(screen.getByText('Technical')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Request feedback' }));
    expect(variablesOf(client.executeMutation)).toEqual([{ applicationId: 'a1' }]);
  });

  describe('while feedback is requested', () => {
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-11-25T15:30:00.000Z'));
    });
    afterEach(() => vi.useRealTimers());

    it('says that it is waiting, and for how long', () => {
      renderScreen(<ApplicationScreen applicationId="a1" />, {
        client: showing({
          ...interviewed,
          feedbackStatus: 'REQUESTED',
          feedbackRequestedAt: '2026-11-25T10:00:00.000Z',
        }),
      });
      expect(screen.getByRole('region', { name: 'Feedback' })).toHaveTextContent('Waiting for 5 hours.');
    });
  });

  it('given feedback arrived, then links to it', () => {
    renderScreen(<ApplicationScreen applicationId="a1" />, {
      client: showing({ status: 'REJECTED', feedbackStatus: 'RECEIVED' }),
    });
    expect(screen.getByRole('link', { name: 'Read the feedback' })).toHaveAttribute(
      'href',
      '/applications/a1/feedback',
    );
  });

  it('given a rejection, then nothing more can be recorded', () => {
    renderScreen(<ApplicationScreen applicationId="a1" />, { client: showing({ status: 'REJECTED' }) });
    expect(screen.getByText(/This application is closed/)).toBeInTheDocument();
    expect(screen.queryByText('Record an interview')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Withdraw' })).not.toBeInTheDocument();
  });

  it('given an interview to record, when the stage is refused, then the message is beside the stage field', async () => {
    const client = clientAnswering({
      query: () => answer({ application: application() }),
      mutation: () =>
        failure('stage is required for an interview that was not scheduled', {
          code: 'BAD_USER_INPUT',
          field: 'stage',
        }),
    });
    renderScreen(<ApplicationScreen applicationId="a1" />, { client });

    await userEvent.click(screen.getByText('Record an interview'));
    await userEvent.selectOptions(screen.getByLabelText('How did it go?'), '4');
    await userEvent.click(screen.getByRole('button', { name: 'Save interview' }));

    expect(screen.getByLabelText('Stage')).toHaveAccessibleDescription(
      /Is required for an interview that was not scheduled\.$/,
    );
    expect(variablesOf(client.executeMutation)[0]).toMatchObject({
      input: { applicationId: 'a1', stage: '', selfRating: 4 },
    });
  });

  it('given a rejection the domain refuses, then explains the conflict in plain words', async () => {
    const client = clientAnswering({
      query: () => answer({ application: application() }),
      mutation: () => failure('an application is rejected once', { code: 'CONFLICT' }),
    });
    renderScreen(<ApplicationScreen applicationId="a1" />, { client });

    await userEvent.click(screen.getByText('Record a rejection'));
    await userEvent.type(screen.getByLabelText('Reason'), 'Not enough experience');
    await userEvent.click(screen.getByRole('button', { name: 'Save rejection' }));

    expect(screen.getByRole('alert')).toHaveTextContent(
      'That clashes with what has already happened, so nothing was changed. An application is rejected once.',
    );
    expect(variablesOf(client.executeMutation)[0]).toEqual({
      input: { applicationId: 'a1', reason: 'Not enough experience' },
    });
  });

  it('given an open application, when withdrawing, then asks once more first', async () => {
    const client = showing();
    renderScreen(<ApplicationScreen applicationId="a1" />, { client });
    await userEvent.click(screen.getByRole('button', { name: 'Withdraw' }));
    expect(client.executeMutation).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, withdraw' }));
    expect(variablesOf(client.executeMutation)).toEqual([{ applicationId: 'a1' }]);
  });
});
