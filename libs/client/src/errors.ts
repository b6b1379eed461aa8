import type { CombinedError } from '@urql/core';

/** The `extensions.code` values the api answers with. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK';

/** An error shaped for a form: messages beside the fields they name, and one for the whole form. */
export interface FormErrors {
  /** Message per input field name (the last segment of `extensions.field`, e.g. `company`). */
  readonly fieldErrors: Record<string, string>;
  /** A plain-words message for everything not tied to a field; `null` when there is none. */
  readonly message: string | null;
  /** The most telling error code, `null` when there is no error. */
  readonly code: ErrorCode | null;
}

const plainWords: Record<ErrorCode, string> = {
  UNAUTHENTICATED: 'Your session has ended. Please log in again.',
  FORBIDDEN: 'Your account is not allowed to do that.',
  NOT_FOUND: 'We could not find that. It may never have existed, or you may not have access to it.',
  BAD_USER_INPUT: 'Some of what you entered needs another look.',
  CONFLICT: 'That clashes with what has already happened, so nothing was changed.',
  RATE_LIMITED: 'Too many attempts. Please wait a while and try again.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side. Please try again in a moment.',
  NETWORK: 'We could not reach Pivotal. Check your connection and try again.',
};

const knownCodes = new Set<string>(Object.keys(plainWords));

const fieldName = (field: unknown): string | null => {
  if (typeof field !== 'string' || field.length === 0) return null;
  return field.split('.').pop() ?? null;
};

/** class-validator failures, as type-graphql reports them, when the api passes them through. */
const validationFieldErrors = (validationErrors: unknown): [string, string][] => {
  if (!Array.isArray(validationErrors)) return [];
  return validationErrors.flatMap((entry: unknown): [string, string][] => {
    const { property, constraints } = (entry ?? {}) as { property?: unknown; constraints?: unknown };
    if (typeof property !== 'string' || typeof constraints !== 'object' || constraints === null) return [];
    const first = Object.values(constraints)[0];
    return typeof first === 'string' ? [[property, first]] : [];
  });
};

/** The code of one GraphQL error, from `extensions.code`. */
export const errorCode = (extensions: Record<string, unknown> | undefined): ErrorCode => {
  const code = extensions?.['code'];
  if (typeof code === 'string' && knownCodes.has(code)) return code as ErrorCode;
  if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_REQUEST') return 'BAD_USER_INPUT';
  return 'INTERNAL_SERVER_ERROR';
};

/**
 * Turns an urql `CombinedError` into what a form shows: BAD_USER_INPUT messages beside the field
 * named by `extensions.field` (without the field's name in front: the label says it), everything else as one sentence in plain words. A CONFLICT keeps
 * the api's reason ("an application is rejected once") after the plain explanation; RATE_LIMITED says how long to wait, in the api's words.
 */
export const toFormErrors = (error: CombinedError | null | undefined): FormErrors => {
  if (!error) return { fieldErrors: {}, message: null, code: null };
  if (error.networkError && error.graphQLErrors.length === 0) {
    return { fieldErrors: {}, message: plainWords.NETWORK, code: 'NETWORK' };
  }
  const fieldErrors: Record<string, string> = {};
  const messages: string[] = [];
  let code: ErrorCode | null = null;
  for (const graphQLError of error.graphQLErrors) {
    const extensions = graphQLError.extensions as Record<string, unknown> | undefined;
    const thisCode = errorCode(extensions);
    code ??= thisCode;
    const field = fieldName(extensions?.['field']);
    const validation = validationFieldErrors(extensions?.['validationErrors']);
    if (thisCode === 'BAD_USER_INPUT' && field) {
      fieldErrors[field] ??= besideField(graphQLError.message, extensions?.['field']);
    } else if (thisCode === 'BAD_USER_INPUT' && validation.length > 0) {
      for (const [name, message] of validation) fieldErrors[name] ??= message;
    } else if (thisCode === 'RATE_LIMITED') {
      messages.push(graphQLError.message ? withFullStop(graphQLError.message) : plainWords.RATE_LIMITED);
    } else if (thisCode === 'BAD_USER_INPUT' || thisCode === 'CONFLICT') {
      messages.push(`${plainWords[thisCode]} ${withFullStop(graphQLError.message)}`);
    } else {
      messages.push(plainWords[thisCode]);
    }
  }
  const unique = [...new Set(messages)];
  return { fieldErrors, message: unique.length > 0 ? unique.join(' ') : null, code };
};

/** `company should not be empty` beside the Company field reads `Should not be empty.` */
const besideField = (message: string, field: unknown): string => {
  const prefix = typeof field === 'string' ? `${field} ` : '';
  const lastSegment = typeof field === 'string' ? `${field.split('.').pop()} ` : '';
  const rest =
    prefix && message.startsWith(prefix)
      ? message.slice(prefix.length)
      : lastSegment && message.startsWith(lastSegment)
        ? message.slice(lastSegment.length)
        : message;
  return withFullStop(rest);
};

const withFullStop = (message: string): string => {
  const trimmed = message.trim();
  const sentence = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
};

/** One plain-words sentence for a failed query or mutation, for error states outside forms. */
export const describeError = (error: CombinedError | null | undefined): string | null => {
  const { fieldErrors, message } = toFormErrors(error);
  return message ?? Object.values(fieldErrors)[0] ?? null;
};

/** A query that failed: its error, the words to show when the api gave none, and its refetch. */
export interface QueryFailure {
  readonly error: CombinedError | null | undefined;
  readonly fallback: string;
  readonly refetch: (options: { requestPolicy: 'network-only' }) => void;
}

/** What a screen shows for a failed query: the api's message (or the fallback) and a retry that skips the cache. */
export const retryableFailure = ({
  error,
  fallback,
  refetch,
}: QueryFailure): { message: string; onRetry: () => void } => ({
  message: describeError(error) ?? fallback,
  onRetry: () => refetch({ requestPolicy: 'network-only' }),
});

/** Whether the api refused the request because the token is missing, expired or revoked. */
export const isAuthError = (error: CombinedError | null | undefined): boolean =>
  !!error &&
  (error.graphQLErrors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED') ||
    (error.response as { status?: number } | undefined)?.status === 401);
