import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { critiqueErrorsOf } from './critique-errors';

describe('the api refusing a critique', () => {
  it('places a BAD_USER_INPUT beside the point it names', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('points[1].note must be shorter than or equal to 1000 characters', {
          extensions: { code: 'BAD_USER_INPUT', field: 'points[1].note' },
        }),
      ],
    });
    expect(critiqueErrorsOf(error)).toEqual({
      fieldErrors: { 'points[1].note': 'Must be shorter than or equal to 1000 characters' },
      message: null,
    });
  });

  it('strips an `input.` prefix from the field path', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('summary is required', { extensions: { code: 'BAD_USER_INPUT', field: 'input.summary' } }),
      ],
    });
    expect(critiqueErrorsOf(error).fieldErrors).toEqual({ summary: 'Summary is required' });
  });

  it('tells a domain refusal in plain words', () => {
    const error = new CombinedError({
      graphQLErrors: [new GraphQLError('feedback was already recorded', { extensions: { code: 'CONFLICT' } })],
    });
    const { fieldErrors, message } = critiqueErrorsOf(error);
    expect(fieldErrors).toEqual({});
    expect(message).toContain('Feedback was already recorded.');
  });

  it('says when the api cannot be reached', () => {
    const { message } = critiqueErrorsOf(new CombinedError({ networkError: new Error('Failed to fetch') }));
    expect(message).toMatch(/could not reach/i);
  });
});
