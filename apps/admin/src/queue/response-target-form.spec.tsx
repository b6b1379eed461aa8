import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithAnswers } from '../testing/render';
import { apiError } from '../testing/test-client';
import { ResponseTargetForm } from './response-target-form';
import { parseWorkingDays } from './response-target';

const target = (workingDays: number | null) => ({ data: { responseTarget: workingDays === null ? null : { workingDays } } });

describe('the response-time target', () => {
  it('reads a whole number of working days from 1 to 60, and says why not otherwise', () => {
    expect(parseWorkingDays(' 5 ')).toEqual({ ok: true, value: 5 });
    expect(parseWorkingDays('')).toEqual({ ok: false, error: 'Enter how many working days the agency promises.' });
    expect(parseWorkingDays('2.5')).toEqual({ ok: false, error: 'Enter a whole number of working days, like 5.' });
    expect(parseWorkingDays('five')).toMatchObject({ ok: false });
    expect(parseWorkingDays('0')).toEqual({ ok: false, error: 'Enter a number of working days from 1 to 60.' });
    expect(parseWorkingDays('61')).toMatchObject({ ok: false });
  });

  it('says the agency has none yet, and sets one', async () => {
    const user = userEvent.setup({ delay: null });
    const fake = renderWithAnswers(<ResponseTargetForm />, {
      ResponseTarget: target(null),
      SetResponseTarget: { data: { setResponseTarget: { workingDays: 5 } } },
    });
    expect(await screen.findByText(/No target yet/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Working days (1 to 60)'), '5');
    await user.click(screen.getByRole('button', { name: 'Set the target' }));
    expect(fake.callsOf('SetResponseTarget')[0]?.variables).toEqual({ workingDays: 5 });
    expect(await screen.findByRole('status')).toHaveTextContent('Saved: requests are now due within 5 working days.');
  });

  it('shows the current target and refuses a value out of range before sending, beside the field', async () => {
    const user = userEvent.setup({ delay: null });
    const fake = renderWithAnswers(<ResponseTargetForm />, { ResponseTarget: target(5), SetResponseTarget: 'pending' });
    const field = await screen.findByLabelText('Working days (1 to 60)');
    expect(screen.getByText(/within 5 working days/)).toBeInTheDocument();
    expect(field).toHaveValue('5');
    await user.clear(field);
    await user.type(field, '61');
    await user.click(screen.getByRole('button', { name: 'Change the target' }));
    expect(field).toHaveAccessibleDescription('Enter a number of working days from 1 to 60.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(fake.callsOf('SetResponseTarget')).toHaveLength(0);
  });

  it('says it is saving while the api answers, and cannot be sent twice', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithAnswers(<ResponseTargetForm />, { ResponseTarget: target(5), SetResponseTarget: 'pending' });
    const field = await screen.findByLabelText('Working days (1 to 60)');
    await user.clear(field);
    await user.type(field, '7');
    await user.click(screen.getByRole('button', { name: 'Change the target' }));
    expect(screen.getByRole('button', { name: 'Saving…' })).toBeDisabled();
  });

  it('shows the api’s BAD_USER_INPUT beside the field', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithAnswers(<ResponseTargetForm />, {
      ResponseTarget: target(5),
      SetResponseTarget: apiError('BAD_USER_INPUT', 'workingDays must be a whole number from 1 to 60', 'workingDays'),
    });
    const field = await screen.findByLabelText('Working days (1 to 60)');
    await user.clear(field);
    await user.type(field, '7');
    await user.click(screen.getByRole('button', { name: 'Change the target' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Must be a whole number from 1 to 60.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
  });

  it('says a failed load in plain words, with a retry', async () => {
    renderWithAnswers(<ResponseTargetForm />, { ResponseTarget: apiError('FORBIDDEN', 'only staff') });
    expect(await screen.findByRole('alert')).toHaveTextContent('Your account is not allowed to do that.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
