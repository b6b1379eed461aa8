import { toFormErrors } from '@pivotal/client';
import type { CombinedError } from 'urql';

/** A form's errors: messages for the fields it shows, and one message for everything else. */
export interface ShownFormErrors {
  readonly fieldErrors: Partial<Record<string, string>>;
  readonly message: string | null;
}

/**
 * Splits an api error for a form that shows `fields`: BAD_USER_INPUT on one of them goes beside
 * it; errors about fields the form does not show join the form's message, so nothing is lost.
 */
export const formErrorsFor = (
  error: CombinedError | null | undefined,
  fields: readonly string[],
): ShownFormErrors => {
  const { fieldErrors, message } = toFormErrors(error);
  const shown: Record<string, string> = {};
  const others: string[] = [];
  for (const [field, fieldMessage] of Object.entries(fieldErrors)) {
    if (fields.includes(field)) shown[field] = fieldMessage;
    else others.push(fieldMessage);
  }
  const combined = [message, ...others].filter(Boolean).join(' ');
  return { fieldErrors: shown, message: combined || null };
};
