import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Field, fieldControl } from './field';

const renderField = (error: string | null, alert = false) =>
  render(
    <Field id="reason" label="Reason" error={error} alert={alert}>
      <textarea {...fieldControl('reason', error, 'reason-hint')} />
      <p id="reason-hint">A hint.</p>
    </Field>,
  );

describe('a labelled field', () => {
  it('given no error, then the control is labelled, valid and described by its hint only', () => {
    renderField(null);
    const control = screen.getByLabelText('Reason');
    expect(control).not.toHaveAttribute('aria-invalid');
    expect(control).toHaveAccessibleDescription('A hint.');
  });

  it('given an error, then the control is invalid and described by its hint and the error', () => {
    renderField('Say why.');
    const control = screen.getByLabelText('Reason');
    expect(control).toHaveAttribute('aria-invalid', 'true');
    expect(control).toHaveAccessibleDescription('A hint. Say why.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('given an error that alerts, then it is read out at once', () => {
    renderField('Say why.', true);
    expect(screen.getByRole('alert')).toHaveTextContent('Say why.');
  });
});
