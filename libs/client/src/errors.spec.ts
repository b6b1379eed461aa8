import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { describeError, isAuthError, retryableFailure, toFormErrors } from './errors';

const graphQLError = (message: string, extensions: Record<string, unknown>) =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

describe('toFormErrors', () => {
  it('given no error, then nothing to show', () => {
    expect(toFormErrors(undefined)).toEqual({ fieldErrors: {}, message: null, code: null });
  });

  it('given BAD_USER_INPUT naming a field, then the message goes beside that field', () => {
    const errors = toFormErrors(
      graphQLError('company should not be empty', { code: 'BAD_USER_INPUT', field: 'input.company' }),
    );
    expect(errors).toEqual({
      fieldErrors: { company: 'Should not be empty.' },
      message: null,
      code: 'BAD_USER_INPUT',
    });
  });

  it('given BAD_USER_INPUT without a field, then it becomes the form message', () => {
    const errors = toFormErrors(graphQLError('that agency code is unknown', { code: 'BAD_USER_INPUT' }));
    expect(errors.fieldErrors).toEqual({});
    expect(errors.message).toContain('That agency code is unknown.');
  });

  it('given class-validator errors passed through, then each goes beside its property', () => {
    const errors = toFormErrors(
      graphQLError('Argument Validation Error', {
        code: 'BAD_USER_INPUT',
        validationErrors: [{ property: 'email', constraints: { isEmail: 'email must be an email' } }],
      }),
    );
    expect(errors.fieldErrors).toEqual({ email: 'email must be an email' });
  });

  it('given a nested field path, then keys the message by the last segment and keeps a message about another name', () => {
    const errors = toFormErrors(
      graphQLError('points[1].note should not be empty', { code: 'BAD_USER_INPUT', field: 'points[1].note' }),
    );
    expect(errors.fieldErrors).toEqual({ note: 'Should not be empty.' });
    const other = toFormErrors(
      graphQLError('names no agency', { code: 'BAD_USER_INPUT', field: 'agencyCode' }),
    );
    expect(other.fieldErrors).toEqual({ agencyCode: 'Names no agency.' });
  });

  it('given a CONFLICT, then explains it in plain words and keeps the reason', () => {
    const errors = toFormErrors(graphQLError('an application is rejected once', { code: 'CONFLICT' }));
    expect(errors.code).toBe('CONFLICT');
    expect(errors.message).toBe(
      'That clashes with what has already happened, so nothing was changed. An application is rejected once.',
    );
  });

  it('given RATE_LIMITED, then says how long to wait', () => {
    const errors = toFormErrors(graphQLError('too many attempts; try again in 15 minutes', { code: 'RATE_LIMITED', retryAfter: 900 }));
    expect(errors.code).toBe('RATE_LIMITED');
    expect(errors.message).toBe('Too many attempts; try again in 15 minutes.');
  });

  it('given an internal error, then hides the detail behind a plain sentence', () => {
    expect(toFormErrors(graphQLError('internal error', { code: 'INTERNAL_SERVER_ERROR' })).message).toBe(
      'Something went wrong on our side. Please try again in a moment.',
    );
  });

  it('given a network failure, then says the api could not be reached', () => {
    const errors = toFormErrors(new CombinedError({ networkError: new TypeError('Failed to fetch') }));
    expect(errors.code).toBe('NETWORK');
    expect(errors.message).toMatch(/could not reach/);
  });
});

describe('describeError', () => {
  it('answers one sentence, even for a field error', () => {
    expect(
      describeError(graphQLError('role should not be empty', { code: 'BAD_USER_INPUT', field: 'role' })),
    ).toBe('Should not be empty.');
  });
});

describe('isAuthError', () => {
  it('recognizes UNAUTHENTICATED and nothing else', () => {
    expect(isAuthError(graphQLError('sign in first', { code: 'UNAUTHENTICATED' }))).toBe(true);
    expect(isAuthError(graphQLError('not allowed', { code: 'FORBIDDEN' }))).toBe(false);
    expect(isAuthError(undefined)).toBe(false);
  });
});

describe('retryableFailure', () => {
  it('given an error the api explained, then its words, and a retry that skips the cache', () => {
    const requested: unknown[] = [];
    const failure = retryableFailure({
      error: graphQLError('sign in first', { code: 'UNAUTHENTICATED' }),
      fallback: 'The queue could not be loaded.',
      refetch: (options) => requested.push(options),
    });
    expect(failure.message).toBe(describeError(graphQLError('sign in first', { code: 'UNAUTHENTICATED' })));
    failure.onRetry();
    expect(requested).toEqual([{ requestPolicy: 'network-only' }]);
  });

  it('given no words from the api, then the fallback', () => {
    const failure = retryableFailure({
      error: undefined,
      fallback: 'The queue could not be loaded.',
      refetch: () => {},
    });
    expect(failure.message).toBe('The queue could not be loaded.');
  });
});
