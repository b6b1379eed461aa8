import { instant, InvalidInput } from '@pivotal/domain';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

// The domain's rule for an instant (a date, or a date-time with an explicit offset), refused in the scalar's words.
const parse = (value: unknown): string => {
  try {
    return instant(value, 'DateTime');
  } catch (error) {
    if (!(error instanceof InvalidInput)) throw error;
    throw new GraphQLError('DateTime must be an ISO 8601 date-time with a time zone, e.g. 2026-11-25T09:00:00Z', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
};

/** ISO 8601 instants, always answered in UTC (`2026-11-25T09:00:00.000Z`); read models keep them as strings. */
export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'An instant as an ISO 8601 string with a time zone, e.g. 2026-11-25T09:00:00.000Z; answered in UTC.',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'string') return value;
    throw new GraphQLError('DateTime cannot represent this value');
  },
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('DateTime must be a string', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return parse(ast.value);
  },
});
