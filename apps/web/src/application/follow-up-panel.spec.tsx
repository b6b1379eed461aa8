import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { answer, clientAnswering, failure, renderScreen, variablesOf } from '../testing/render-screen';
import { FollowUpPanel, followUpInstant } from './follow-up-panel';

const tracker = (followUpAt: string | null, followUpNote: string | null = null) => ({
  application: { id: 'a1', reflection: null, followUpAt, followUpNote },
});

describe('the follow-up of an application', () => {
  it('given none, when a date and note are saved, then sets the follow-up at 9:00 that day', async () => {
    const client = clientAnswering({
      query: () => answer(tracker(null)),
      mutation: () => answer({ setFollowUp: tracker('2026-12-20T09:00:00.000Z', 'Call Ana').application }),
    });
    renderScreen(<FollowUpPanel applicationId="a1" withdrawn={false} />, { client });
    expect(screen.getByText(/No follow-up set/)).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('Follow up on'), { target: { value: '2026-12-20' } });
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: ' Call Ana ' } });
    await userEvent.click(screen.getByRole('button', { name: 'Save follow-up' }));

    expect(variablesOf(client.executeMutation)).toEqual([
      { input: { applicationId: 'a1', followUpAt: followUpInstant('2026-12-20'), note: 'Call Ana' } },
    ]);
    expect(screen.getByText(/Follow-up set for/)).toBeInTheDocument();
  });

  it('given no date, then says so beside the date and sends nothing', async () => {
    const client = clientAnswering({ query: () => answer(tracker(null)) });
    renderScreen(<FollowUpPanel applicationId="a1" withdrawn={false} />, { client });
    await userEvent.click(screen.getByRole('button', { name: 'Save follow-up' }));
    expect(screen.getByLabelText('Follow up on')).toHaveAccessibleDescription('Choose a date.');
    expect(client.executeMutation).not.toHaveBeenCalled();
  });

  it('given the api refuses the date, then shows its message beside the date', async () => {
    const client = clientAnswering({
      query: () => answer(tracker(null)),
      mutation: () =>
        failure('followUpAt is too far in the future', { code: 'BAD_USER_INPUT', field: 'followUpAt' }),
    });
    renderScreen(<FollowUpPanel applicationId="a1" withdrawn={false} />, { client });
    fireEvent.change(screen.getByLabelText('Follow up on'), { target: { value: '2029-01-01' } });
    await userEvent.click(screen.getByRole('button', { name: 'Save follow-up' }));
    expect(screen.getByLabelText('Follow up on')).toHaveAccessibleDescription(/too far in the future/i);
  });

  it('given a follow-up, then shows it and clears it or marks it done', async () => {
    const client = clientAnswering({
      query: () => answer(tracker('2026-12-20T09:00:00.000Z', 'Call Ana')),
      mutation: () =>
        answer({ clearFollowUp: tracker(null).application, completeFollowUp: tracker(null).application }),
    });
    renderScreen(<FollowUpPanel applicationId="a1" withdrawn={false} />, { client });
    expect(screen.getByText(/Follow up on .*: Call Ana/)).toBeInTheDocument();
    expect(screen.getByLabelText('Move it to')).toHaveValue('2026-12-20');

    await userEvent.click(screen.getByRole('button', { name: 'Mark done' }));
    await userEvent.click(screen.getByRole('button', { name: 'Clear follow-up' }));
    expect(variablesOf(client.executeMutation)).toEqual([{ applicationId: 'a1' }, { applicationId: 'a1' }]);
    expect(screen.getByRole('status')).toHaveTextContent('Follow-up cleared.');
  });

  it('given a withdrawn application, then offers no new follow-up', () => {
    renderScreen(<FollowUpPanel applicationId="a1" withdrawn />, {
      client: clientAnswering({ query: () => answer(tracker(null)) }),
    });
    expect(screen.queryByRole('button', { name: 'Save follow-up' })).not.toBeInTheDocument();
    expect(screen.getByText(/takes no new follow-up/)).toBeInTheDocument();
  });
});
