import { unwrapResolverError } from '@apollo/server/errors';
import { InvalidInput, isDomainError, type DomainError } from '@pivotal/domain';
import { ConcurrencyConflict, WrongExpectedRevision } from '@pivotal/event-store';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ValidationError } from 'class-validator';
import type { Logger } from 'pino';

/** The codes a client may see in `extensions.code`, besides Apollo's own request-level ones. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

const error = (code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, ...extensions } });

export const unauthenticated = (message = 'sign in first') => error('UNAUTHENTICATED', message);
export const forbidden = (message = 'not allowed for this account') => error('FORBIDDEN', message);
export const notFound = (kind: string, id: string) => error('NOT_FOUND', `${kind} ${id} not found`);
export const badUserInput = (field: string, message: string) =>
  error('BAD_USER_INPUT', `${field} ${message}`, { field });
export const conflict = (message: string, extensions: Record<string, unknown> = {}) => error('CONFLICT', message, extensions);
/** Too many attempts: `retryAfter` says in how many seconds the next one is counted again. */
export const rateLimited = (retryAfter: number) =>
  error(
    'RATE_LIMITED',
    `too many attempts; try again in ${retryAfter < 120 ? `${retryAfter} seconds` : `${Math.ceil(retryAfter / 60)} minutes`}`,
    { retryAfter },
  );

// Codes that already say what went wrong and carry nothing internal.
const CLIENT_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
]);

/** The first failing field of a class-validator result, as a path (`points.2.note` → `points[2].note`). */
const firstInvalidField = (errors: ValidationError[], prefix = ''): { field: string; message: string } | null => {
  for (const item of errors) {
    const field = /^\d+$/.test(item.property) ? `${prefix}[${item.property}]` : prefix ? `${prefix}.${item.property}` : item.property;
    const constraint = item.constraints ? Object.values(item.constraints)[0] : undefined;
    if (constraint) return { field, message: constraint.replace(new RegExp(`^${item.property} `), '') };
    const nested = firstInvalidField(item.children ?? [], field);
    if (nested) return nested;
  }
  return null;
};

const fromDomain = (domainError: DomainError) =>
  domainError instanceof InvalidInput
    ? error('BAD_USER_INPUT', domainError.message, { field: domainError.field })
    : error(domainError.code, domainError.message);

/**
 * What a client sees of an error: its own mistakes and the domain's refusals in plain words with
 * their code; anything else masked as INTERNAL_SERVER_ERROR, and logged with its stack.
 */
export const toClientError = (formatted: GraphQLFormattedError, thrown: unknown, log: Logger): GraphQLFormattedError => {
  const original = unwrapResolverError(thrown);
  const path = formatted.path;
  const locations = formatted.locations;
  const answer = (mapped: GraphQLError): GraphQLFormattedError => ({
    message: mapped.message,
    ...(locations ? { locations } : {}),
    ...(path ? { path } : {}),
    extensions: { ...mapped.extensions },
  });

  if (isDomainError(original)) return answer(fromDomain(original));
  if (original instanceof WrongExpectedRevision || original instanceof ConcurrencyConflict) {
    return answer(conflict(`a concurrent change won: ${original.message}; read again and retry`));
  }
  if (original instanceof GraphQLError && original.extensions['validationErrors']) {
    const invalid = firstInvalidField(original.extensions['validationErrors'] as ValidationError[]);
    if (invalid) {
      const field = invalid.field.replace(/^input\./, '');
      return answer(badUserInput(field, invalid.message));
    }
  }
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (original instanceof GraphQLError && !original.originalError && original.extensions['code'] === undefined) {
    // graphql-js's own refusals (e.g. a variable of the wrong type): a client mistake.
    return { ...formatted, extensions: { code: 'BAD_USER_INPUT' } };
  }
  log.error({ err: original, path }, 'internal error while answering a GraphQL request');
  return { message: 'internal error', ...(path ? { path } : {}), extensions: { code: 'INTERNAL_SERVER_ERROR' } };
};
