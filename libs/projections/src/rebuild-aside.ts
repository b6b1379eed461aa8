import type { EventStore, RecordedEvent } from '@pivotal/event-store';
import { pagesOfLog } from './log-pages';
import type { Projection, ReadModelDb } from './projection';
import { dropSecondaryIndexes } from './read-model-schema';
import { openScratchDb, scratchFor } from './scratch-read-model-db';

/** A projection threw while the log was loaded aside: nothing was swapped in, and the caller rebuilds in place to find where. */
export class RebuildAsideFailed extends Error {
  constructor(
    readonly projection: string,
    override readonly cause: unknown,
  ) {
    super(`projection ${projection} failed during a rebuild aside: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'RebuildAsideFailed';
  }
}

export interface RebuildAsideOptions {
  readonly store: EventStore;
  /** The live read models: untouched until the swap. */
  readonly db: ReadModelDb;
  readonly projections: readonly Projection[];
  /** Events read from the log per page (each page's rows are flushed once). */
  readonly pageSize: number;
  readonly upcast: (event: RecordedEvent) => RecordedEvent;
  /** After each page: events read so far and the last position. */
  readonly onPage?: (done: number, position: bigint) => void;
}

export interface RebuiltAside {
  readonly events: number;
  /** The last position of the log applied; null for an empty log. */
  readonly last: bigint | null;
}

const quote = (identifier: string): string => `"${identifier.replaceAll('"', '""')}"`;

interface Target {
  readonly projection: Projection;
  readonly handles: ReadonlySet<string>;
}

/** Applies one page of the log to the scratch tables, each event once to every projection that handles it, then flushes. */
const loadPage = (scratch: ReadModelDb, targets: readonly Target[], events: readonly RecordedEvent[], upcast: RebuildAsideOptions['upcast']): void => {
  let current: Target | undefined;
  try {
    for (const event of events) {
      let shaped: RecordedEvent | undefined;
      for (const target of targets) {
        if (!target.handles.has(event.type)) continue;
        current = target;
        shaped ??= upcast(event);
        target.projection.apply(scratch, shaped);
      }
    }
    for (const target of targets) {
      current = target;
      target.projection.flush?.(scratch);
    }
  } catch (cause) {
    throw new RebuildAsideFailed(current?.projection.name ?? '', cause);
  }
};

/**
 * Replaces the projections' tables in the live database by the ones built aside, with their
 * checkpoints, in one transaction: readers see the old read models or the new, and a crash leaves
 * the old. The tables and indexes are created by `init` as always and filled by `INSERT … SELECT *`
 * from identical tables, which sqlite copies record by record without decoding them.
 */
const swapIn = (db: ReadModelDb, scratchPath: string, projections: readonly Projection[], position: string | null): void => {
  db.prepare('ATTACH DATABASE ? AS rebuilt').run(scratchPath);
  try {
    const saveCheckpoint = db.prepare(
      'UPDATE projection_checkpoints SET position = ?, failed_position = NULL, error = NULL WHERE name = ? AND version = ?',
    );
    db.transaction(() => {
      for (const projection of projections) {
        const tables = Object.values(projection.tables);
        for (const table of tables) db.exec(`DROP TABLE IF EXISTS main.${quote(table)}`);
        projection.init(db);
        for (const table of tables) {
          // `init` may seed rows (a tally's single row): the scratch holds them as the log left them.
          db.exec(`DELETE FROM main.${quote(table)}`);
          db.exec(`INSERT INTO main.${quote(table)} SELECT * FROM rebuilt.${quote(table)}`);
        }
        saveCheckpoint.run(position, projection.name, projection.version);
      }
    }).immediate();
  } finally {
    db.exec('DETACH DATABASE rebuilt');
  }
};

/**
 * Rebuilds projections from the whole log into a scratch database beside the live one (no
 * journal, no fsync, one transaction, secondary indexes built once at the end), then swaps the
 * tables in. The live read models keep answering meanwhile; a rebuild killed midway leaves them as
 * they were, and its scratch file is deleted by the next rebuild.
 */
export const rebuildAside = async (options: RebuildAsideOptions): Promise<RebuiltAside> => {
  const { store, db, projections, pageSize, upcast, onPage } = options;
  const scratchFile = scratchFor(db);
  const scratch = openScratchDb(scratchFile.path);
  try {
    for (const projection of projections) projection.init(scratch);
    const deferredIndexes = projections.flatMap((projection) => dropSecondaryIndexes(scratch, projection));
    const targets = projections.map((projection) => ({ projection, handles: new Set<string>(projection.handles) }));
    let events = 0;
    let last: bigint | null = null;
    scratch.exec('BEGIN');
    try {
      for await (const page of pagesOfLog(store, pageSize)) {
        loadPage(scratch, targets, page, upcast);
        events += page.length;
        const tail = page.at(-1);
        if (tail) {
          last = tail.position;
          onPage?.(events, last);
        }
      }
      for (const sql of deferredIndexes) scratch.exec(sql);
      scratch.exec('COMMIT');
    } finally {
      for (const projection of projections) projection.discard?.(scratch);
    }
    scratch.close();
    swapIn(db, scratchFile.path, projections, last === null ? null : store.positionToString(last));
    return { events, last };
  } finally {
    if (scratch.open) scratch.close();
    scratchFile.remove();
  }
};
