import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CritiqueInput } from './critique';
import { CritiqueForm, type SendOutcome } from './critique-form';

const point = (n: number) => screen.getByRole('group', { name: `Point ${n}` });

const fillPoint = async (user: UserEvent, n: number, theme: string, kind: string, note: string) => {
  const group = point(n);
  await user.selectOptions(within(group).getByLabelText('Theme'), theme);
  await user.click(within(group).getByRole('radio', { name: kind }));
  await user.click(within(group).getByLabelText('Note'));
  await user.paste(note);
};

const renderForm = (onSend = vi.fn(async (_input: CritiqueInput): Promise<SendOutcome> => ({ ok: true }))) => {
  render(<CritiqueForm applicationId="app-1" onSend={onSend} />);
  return { onSend, user: userEvent.setup({ delay: null }) };
};

describe('the critique form', () => {
  it('refuses to send an empty critique and says what is missing beside each field', async () => {
    const { onSend, user } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Send feedback' }));
    expect(onSend).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('Fix 5 problems before sending.');
    expect(screen.getByLabelText('Summary')).toHaveAccessibleDescription(/Write a summary of the feedback\./);
    expect(screen.getByLabelText('Summary')).toHaveAttribute('aria-invalid', 'true');
    expect(within(point(1)).getByLabelText('Note')).toHaveAccessibleDescription('Write a note the candidate can act on.');
    expect(screen.getByLabelText('Overall recommendation')).toHaveAccessibleDescription('Choose an overall recommendation.');
  });

  it('clears a message as soon as the field is put right', async () => {
    const { user } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Send feedback' }));
    await user.type(screen.getByLabelText('Summary'), 'Solid, but thin on examples.');
    expect(screen.getByLabelText('Summary')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('alert')).toHaveTextContent('Fix 4 problems before sending.');
  });

  it('adds, reorders and removes points by keyboard, keeping focus on the point that moved', async () => {
    const { user } = renderForm();
    await fillPoint(user, 1, 'Preparation', 'To improve', 'Research the product first.');
    await user.click(screen.getByRole('button', { name: 'Add point' }));
    expect(within(point(2)).getByLabelText('Theme')).toHaveFocus();
    await fillPoint(user, 2, 'Communication', 'Strength', 'Clear, structured answers.');

    within(point(2)).getByRole('button', { name: 'Move point 2 up' }).focus();
    await user.keyboard('{Enter}');
    expect(within(point(1)).getByLabelText('Note')).toHaveValue('Clear, structured answers.');
    expect(within(point(2)).getByLabelText('Note')).toHaveValue('Research the product first.');
    // The moved point is now first, so "up" is disabled and focus goes to its "down" button.
    expect(screen.getByRole('button', { name: 'Move point 1 down' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Move point 1 up' })).toBeDisabled();
    expect(screen.getByText('Point 2 moved to position 1 of 2.')).toBeInTheDocument();

    await user.keyboard('{Enter}');
    expect(within(point(2)).getByLabelText('Note')).toHaveValue('Clear, structured answers.');

    screen.getByRole('button', { name: 'Remove point 1' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('group', { name: 'Point 2' })).not.toBeInTheDocument();
    expect(within(point(1)).getByLabelText('Note')).toHaveValue('Clear, structured answers.');
    expect(screen.getByRole('button', { name: 'Remove point 1' })).toHaveFocus();
  });

  it('sends the points in the order shown, trimmed, once everything is valid', async () => {
    const { onSend, user } = renderForm();
    await user.type(screen.getByLabelText('Summary'), '  Good energy; go deeper on design.  ');
    await fillPoint(user, 1, 'Technical skills', 'To improve', 'Practise system design.');
    await user.click(screen.getByRole('button', { name: 'Add point' }));
    await fillPoint(user, 2, 'Communication', 'Strength', 'Clear, structured answers.');
    await user.click(screen.getByRole('button', { name: 'Add point' }));
    await fillPoint(user, 3, 'Preparation', 'To improve', 'Know the product before the call.');
    await user.click(screen.getByRole('button', { name: 'Move point 3 up' }));
    await user.selectOptions(screen.getByLabelText('Overall recommendation'), 'Mixed');
    await user.click(screen.getByRole('button', { name: 'Send feedback' }));

    expect(onSend).toHaveBeenCalledTimes(1);
    const input = onSend.mock.calls[0]![0];
    expect(input).toMatchObject({
      applicationId: 'app-1',
      summary: 'Good energy; go deeper on design.',
      recommendation: 'MIXED',
      points: [
        { theme: 'TECHNICAL_SKILLS', polarity: 'IMPROVEMENT', note: 'Practise system design.' },
        { theme: 'PREPARATION', polarity: 'IMPROVEMENT', note: 'Know the product before the call.' },
        { theme: 'COMMUNICATION', polarity: 'STRENGTH', note: 'Clear, structured answers.' },
      ],
    });
    expect(input.idempotencyKey).toMatch(/\S{8,}/);
  });

  it('shows the api refusing a field beside that field', async () => {
    const onSend = vi.fn(
      async (): Promise<SendOutcome> => ({
        ok: false,
        fieldErrors: { 'points[1].note': 'Must be shorter than or equal to 1000 characters' },
        message: null,
      }),
    );
    const { user } = renderForm(onSend);
    await user.type(screen.getByLabelText('Summary'), 'Summary of it all.');
    await fillPoint(user, 1, 'Experience', 'Strength', 'Relevant domain work.');
    await user.click(screen.getByRole('button', { name: 'Add point' }));
    await fillPoint(user, 2, 'Other', 'To improve', 'Something the api refuses.');
    await user.selectOptions(screen.getByLabelText('Overall recommendation'), 'Yes');
    await user.click(screen.getByRole('button', { name: 'Send feedback' }));

    expect(await screen.findByText('Must be shorter than or equal to 1000 characters')).toBeInTheDocument();
    expect(within(point(2)).getByLabelText('Note')).toHaveAccessibleDescription(
      'Must be shorter than or equal to 1000 characters',
    );
    expect(within(point(1)).getByLabelText('Note')).not.toHaveAttribute('aria-invalid');
  });
});
