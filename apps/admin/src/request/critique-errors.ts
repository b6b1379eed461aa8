import { toFormErrors } from '@pivotal/client';
import type { CombinedError } from 'urql';
import type { FieldErrors } from './critique';

/**
 * The api's refusal of a critique, for the form: each BAD_USER_INPUT beside the field its
 * `extensions.field` names in full (`points[1].note`, so the right point is marked), the rest
 * as one plain message.
 */
export const critiqueErrorsOf = (error: CombinedError): { fieldErrors: FieldErrors; message: string | null } => {
  const fieldErrors: FieldErrors = {};
  for (const graphQLError of error.graphQLErrors) {
    const field = graphQLError.extensions?.['field'];
    if (graphQLError.extensions?.['code'] !== 'BAD_USER_INPUT' || typeof field !== 'string') continue;
    const path = field.replace(/^input\./, '');
    const message = graphQLError.message.startsWith(`${field} `)
      ? graphQLError.message.slice(field.length + 1)
      : graphQLError.message;
    fieldErrors[path] ??= message.charAt(0).toUpperCase() + message.slice(1);
  }
  const unplaced = error.graphQLErrors.filter(
    (e) => e.extensions?.['code'] !== 'BAD_USER_INPUT' || typeof e.extensions?.['field'] !== 'string',
  );
  const message =
    unplaced.length > 0 || (error.networkError && error.graphQLErrors.length === 0)
      ? toFormErrors({ ...error, graphQLErrors: unplaced } as CombinedError).message
      : null;
  return { fieldErrors, message };
};
