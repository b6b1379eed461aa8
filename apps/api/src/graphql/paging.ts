import type { Page } from '@pivotal/projections';
import { badUserInput } from './errors';

/** Pages hold 1 to 100 items. */
export const MAX_PAGE = 100;

/** Checks `first` and `after` of a connection field. */
export const pageArgs = (requested: number | null, after: string | null | undefined) => {
  const first = requested ?? 50;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw badUserInput('first', `must be from 1 to ${MAX_PAGE}`);
  if (after && after.length > 500) throw badUserInput('after', 'is not a cursor of this list');
  return { first, after: after ?? null };
};

/** Runs a page query, turning a foreign cursor into BAD_USER_INPUT on `after`. */
export const readPage = <T>(read: () => Page<T>) => {
  try {
    const page = read();
    return { nodes: page.nodes, totalCount: page.totalCount, ...page.pageInfo };
  } catch (error) {
    if (error instanceof Error && error.name === 'InvalidCursor') throw badUserInput('after', 'is not a cursor of this list');
    throw error;
  }
};
