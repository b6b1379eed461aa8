import type { Page, PageArgs } from './read-model.types';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** A page's size, clamped to 1…100. */
export const pageSize = (args: PageArgs): number =>
  Math.max(1, Math.min(MAX_PAGE_SIZE, Math.trunc(args.first ?? DEFAULT_PAGE_SIZE)));

/** Cursors are opaque: base64url of the sort key of the last row. */
export const encodeCursor = (key: readonly (string | number)[]): string =>
  Buffer.from(JSON.stringify(key)).toString('base64url');

export class InvalidCursor extends Error {
  constructor(readonly cursor: string) {
    super(`not a cursor of this list: ${cursor}`);
    this.name = 'InvalidCursor';
  }
}

/** The sort key a cursor holds, checked against the shape the list expects. */
export const decodeCursor = <K extends readonly (string | number)[]>(
  cursor: string,
  shape: readonly ('string' | 'number')[],
): K => {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString());
  } catch {
    throw new InvalidCursor(cursor);
  }
  if (!Array.isArray(key) || key.length !== shape.length || key.some((v, i) => typeof v !== shape[i])) {
    throw new InvalidCursor(cursor);
  }
  return key as unknown as K;
};

/** Builds a page from up to `size + 1` rows (the extra row only tells that there is a next page). */
export const toPage = <R, T>(
  rows: R[],
  size: number,
  totalCount: number,
  keyOf: (row: R) => readonly (string | number)[],
  toNode: (row: R) => T,
): Page<T> => {
  const hasNextPage = rows.length > size;
  const pageRows = hasNextPage ? rows.slice(0, size) : rows;
  const last = pageRows.at(-1);
  return {
    nodes: pageRows.map(toNode),
    totalCount,
    pageInfo: { endCursor: last === undefined ? null : encodeCursor(keyOf(last)), hasNextPage },
  };
};

/** Orders batch answers like the keys DataLoader passed in. */
export const alignOne = <R, T>(
  ids: readonly string[],
  rows: R[],
  idOf: (row: R) => string,
  toNode: (row: R) => T,
) => {
  const byId = new Map(rows.map((row) => [idOf(row), toNode(row)] as const));
  return ids.map((id) => byId.get(id) ?? null);
};

export const alignMany = <R, T>(
  ids: readonly string[],
  rows: R[],
  idOf: (row: R) => string,
  toNode: (row: R) => T,
) => {
  const byId = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) byId.get(idOf(row))?.push(toNode(row));
  return ids.map((id) => byId.get(id) ?? []);
};

/** Ids as one JSON parameter for `IN (SELECT value FROM json_each(?))`. */
export const idList = (ids: readonly string[]): string => JSON.stringify(ids);
