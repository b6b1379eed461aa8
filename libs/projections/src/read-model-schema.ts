import type { Projection, ReadModelDb } from './projection';

/**
 * The runner's own tables in the read-model database: one checkpoint per projection version
 * (committed in the same transaction as the rows it covers) and which version each view answers from.
 */
export const initBookkeeping = (db: ReadModelDb): void => {
  db.exec(`
    CREATE TABLE IF NOT EXISTS projection_checkpoints (
      name TEXT NOT NULL,
      version INTEGER NOT NULL,
      position TEXT,
      tables TEXT NOT NULL,
      failed_position TEXT,
      error TEXT,
      PRIMARY KEY (name, version)
    );
    CREATE TABLE IF NOT EXISTS projection_active (name TEXT PRIMARY KEY, version INTEGER NOT NULL);
  `);
};

const quote = (identifier: string): string => `"${identifier.replaceAll('"', '""')}"`;

const activeVersionOf = (db: ReadModelDb, name: string): number | null => {
  const row = db.prepare('SELECT version FROM projection_active WHERE name = ?').get(name) as
    | { version: number }
    | undefined;
  return row?.version ?? null;
};

/** Whether the views of this projection read this very version's tables. */
export const isActiveVersion = (db: ReadModelDb, projection: Projection): boolean =>
  activeVersionOf(db, projection.name) === projection.version;

const createViews = (db: ReadModelDb, projection: Projection): void => {
  for (const [view, table] of Object.entries(projection.tables)) {
    db.exec(`CREATE VIEW IF NOT EXISTS ${quote(view)} AS SELECT * FROM ${quote(table)}`);
  }
};

/**
 * Points the projection's views at this version's tables and drops the tables of the version they
 * answered from before, in one transaction: readers see the old answers or the new, never a mix.
 */
export const activateVersion = (db: ReadModelDb, projection: Projection): void => {
  db.transaction(() => {
    const previous = activeVersionOf(db, projection.name);
    if (previous === projection.version) return;
    const old =
      previous === null
        ? undefined
        : (db
            .prepare('SELECT tables FROM projection_checkpoints WHERE name = ? AND version = ?')
            .get(projection.name, previous) as { tables: string } | undefined);
    const oldTables = old ? (JSON.parse(old.tables) as Record<string, string>) : {};
    for (const view of new Set([...Object.keys(oldTables), ...Object.keys(projection.tables)])) {
      db.exec(`DROP VIEW IF EXISTS ${quote(view)}`);
    }
    createViews(db, projection);
    for (const table of Object.values(oldTables)) db.exec(`DROP TABLE IF EXISTS ${quote(table)}`);
    if (previous !== null) {
      db.prepare('DELETE FROM projection_checkpoints WHERE name = ? AND version = ?').run(projection.name, previous);
    }
    db.prepare(
      'INSERT INTO projection_active (name, version) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET version = excluded.version',
    ).run(projection.name, projection.version);
  })();
};

/**
 * Creates what the projections need: the bookkeeping, each version's tables, a checkpoint row, and
 * the views. A projection seen for the first time answers at once (there is nothing older to
 * answer); a new version of a known one waits for the runner to swap it in once caught up.
 */
export const prepareReadModelSchema = (db: ReadModelDb, projections: readonly Projection[]): void => {
  initBookkeeping(db);
  db.transaction(() => {
    for (const projection of projections) {
      projection.init(db);
      db.prepare(
        'INSERT INTO projection_checkpoints (name, version, position, tables) VALUES (?, ?, NULL, ?) ON CONFLICT DO NOTHING',
      ).run(projection.name, projection.version, JSON.stringify(projection.tables));
      const active = activeVersionOf(db, projection.name);
      if (active === null) activateVersion(db, projection);
      else if (active === projection.version) createViews(db, projection);
    }
  })();
};

/** Empties a projection version: drops and recreates its tables and forgets its checkpoint and error. */
export const resetProjection = (db: ReadModelDb, projection: Projection): void => {
  db.transaction(() => {
    for (const table of Object.values(projection.tables)) db.exec(`DROP TABLE IF EXISTS ${quote(table)}`);
    projection.init(db);
    db.prepare(
      'UPDATE projection_checkpoints SET position = NULL, failed_position = NULL, error = NULL WHERE name = ? AND version = ?',
    ).run(projection.name, projection.version);
  })();
};

/** The stored checkpoint (an adapter's position string), or null when nothing was applied yet. */
export const readCheckpoint = (db: ReadModelDb, projection: Projection): string | null => {
  const row = db
    .prepare('SELECT position FROM projection_checkpoints WHERE name = ? AND version = ?')
    .get(projection.name, projection.version) as { position: string | null } | undefined;
  return row?.position ?? null;
};

/**
 * Drops the secondary indexes of a projection's tables and returns the SQL that recreates them:
 * a rebuild writes faster without them and sorts each index once at the end. Primary keys stay,
 * so `apply` keeps its lookups. If the process dies meanwhile, `init` recreates them at start.
 */
export const dropSecondaryIndexes = (db: ReadModelDb, projection: Projection): string[] => {
  const tables = Object.values(projection.tables);
  const indexes = db
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
       AND tbl_name IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(tables)) as { name: string; sql: string }[];
  for (const index of indexes) db.exec(`DROP INDEX IF EXISTS ${quote(index.name)}`);
  return indexes.map((index) => index.sql);
};
