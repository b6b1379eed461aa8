import { badUserInput } from './errors';

/** Ids are opaque but short: a longer one is a mistake (or an attempt), never a lookup. */
export const MAX_ID_LENGTH = 100;

export const checkId = (id: string, field: string): string => {
  if (id.length === 0 || id.length > MAX_ID_LENGTH) throw badUserInput(field, `must be 1 to ${MAX_ID_LENGTH} characters`);
  return id;
};
