import { errorCode, toFormErrors } from '@pivotal/client';
import type { CombinedError } from 'urql';

const sentence = (text: string): string => {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
};

/**
 * What an assignment that failed says: a lost race (CONFLICT) names who has the request now, in
 * the api's words ("This feedback request is already assigned to Kim Colleague."); anything else
 * in the app's plain words.
 */
export const assignmentErrorOf = (error: CombinedError): string => {
  const conflict = error.graphQLErrors.find((e) => errorCode(e.extensions as Record<string, unknown>) === 'CONFLICT');
  if (conflict) return `${sentence(conflict.message)} Nothing was changed.`;
  const { message, fieldErrors } = toFormErrors(error);
  return message ?? Object.values(fieldErrors)[0] ?? 'That did not work. Please try again.';
};
