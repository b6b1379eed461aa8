import type Database from 'better-sqlite3';
import type { ReadModelDb } from '../projection';

type Statement = Database.Statement<unknown[], unknown>;

/** The part of a prepared statement queries use. */
export interface LazyStatement {
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}

/**
 * A statement prepared on first use (and reused after): while a new version of a projection is
 * rebuilt beside the old, its views still read the old tables, where a query written for the new
 * shape may not prepare yet. SQLite re-prepares it by itself once the views are swapped.
 */
export const lazily = (
  db: ReadModelDb,
  sql: string,
  configure: (s: Statement) => Statement = (s) => s,
): LazyStatement => {
  let statement: Statement | undefined;
  const prepared = (): Statement => (statement ??= configure(db.prepare(sql) as Statement));
  return {
    get: (...params) => prepared().get(...params),
    all: (...params) => prepared().all(...params),
  };
};
