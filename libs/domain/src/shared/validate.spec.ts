import { describe, expect, it } from 'vitest';
import { InvalidInput } from './errors';
import { boundedInstant, email, instant, integerBetween, optionalText, requiredText } from './validate';

const refusal = (run: () => unknown): InvalidInput => {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidInput) return error;
    throw error;
  }
  throw new Error('expected an InvalidInput');
};

describe('input checks', () => {
  it('refuse a required text that is missing', () =>
    expect(refusal(() => requiredText(undefined, 'company', 200))).toMatchObject({ field: 'company', message: 'company is required' }));

  it('refuse an optional text that is not text', () =>
    expect(refusal(() => optionalText(42, 'notes', 2000))).toMatchObject({ field: 'notes', message: 'notes must be text' }));

  it('turn an absent or blank optional text into null', () => {
    expect(optionalText(undefined, 'notes', 10)).toBeNull();
    expect(optionalText(' \n ', 'notes', 10)).toBeNull();
  });

  it('read a date alone as midnight UTC', () => expect(instant('2026-11-25', 'appliedAt')).toBe('2026-11-25T00:00:00.000Z'));

  it('refuse a command whose own time is malformed', () =>
    expect(refusal(() => boundedInstant('2026-11-25', 'appliedAt', 'soon', 0))).toMatchObject({ field: 'now' }));

  it('keep an email at 254 characters at most', () =>
    expect(refusal(() => email(`${'a'.repeat(250)}@b.co`, 'email'))).toMatchObject({ field: 'email' }));

  it('refuse a number that is not a number', () =>
    expect(refusal(() => integerBetween('3', 'selfRating', 1, 5))).toMatchObject({ field: 'selfRating' }));
});
