import { GraphQLError, Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DateTimeScalar } from './date-time.scalar';

describe('the DateTime scalar', () => {
  it.each([
    ['2026-11-25', '2026-11-25T00:00:00.000Z'],
    ['2026-11-25T09:00:00Z', '2026-11-25T09:00:00.000Z'],
    ['2026-11-25T10:00:00+01:00', '2026-11-25T09:00:00.000Z'],
  ])('given %s, then it reads the instant in UTC', (sent, read) => {
    expect(DateTimeScalar.parseValue(sent)).toBe(read);
    expect(DateTimeScalar.parseLiteral({ kind: Kind.STRING, value: sent })).toBe(read);
  });

  it.each([['2026-13-45'], ['2026-11-25T09:00:00'], [1764061200000], ['next tuesday']])(
    'given %s, then it refuses with BAD_USER_INPUT',
    (sent) => {
      let refusal: unknown;
      try {
        DateTimeScalar.parseValue(sent);
      } catch (error) {
        refusal = error;
      }
      expect(refusal).toBeInstanceOf(GraphQLError);
      expect((refusal as GraphQLError).extensions['code']).toBe('BAD_USER_INPUT');
      expect((refusal as GraphQLError).message).toMatch(/ISO 8601 date-time with a time zone/);
    },
  );

  it('given a literal that is not a string, then it refuses', () => {
    expect(() => DateTimeScalar.parseLiteral({ kind: Kind.INT, value: '5' })).toThrow('DateTime must be a string');
  });

  it('answers dates as ISO strings', () => {
    expect(DateTimeScalar.serialize(new Date('2026-11-25T09:00:00Z'))).toBe('2026-11-25T09:00:00.000Z');
  });
});
