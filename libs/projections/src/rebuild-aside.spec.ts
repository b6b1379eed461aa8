import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteEventStore, type EventStore } from '@pivotal/event-store';
import type { ReadModelDb } from './projection';
import { openReadModelDb } from './read-model-db';
import { pivotalProjections } from './read-models';
import { createProjectionRunner } from './runner';
import { appendEvents, registrations } from './testing/append';
import { story } from './testing/story';
import { fragileProjection, ledgerProjection, tallyProjection } from './testing/test-projections';

const quiet = { info: () => undefined, error: () => undefined };
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Every row of every table but the runner's bookkeeping, with every checkpoint: the read models as one value. */
const everything = (db: ReadModelDb) => {
  const names = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  return Object.fromEntries(names.map((name) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY 1, 2`).all()]));
};

/** An event store on a file, the story in it, and a read-model file beside it. */
const givenFiles = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rebuild-aside-'));
  const store = createSqliteEventStore(join(dir, 'events.db'));
  await appendEvents(store, [...story, ...registrations(40)]);
  const db = openReadModelDb(join(dir, 'read.db'));
  cleanups.push(async () => {
    db.close();
    await store.close();
  });
  return { dir, store, db };
};

/** The store, whose log can no longer be read once `broken` is set: the disk gone midway through a rebuild. */
const breakable = (store: EventStore) => {
  let pagesLeft = Number.POSITIVE_INFINITY;
  const broken: EventStore = {
    ...store,
    readAll: async (options) => {
      pagesLeft -= 1;
      if (pagesLeft < 0) throw new Error('the log cannot be read');
      return store.readAll(options);
    },
  };
  return { store: broken, breakAfter: (pages: number) => (pagesLeft = pages) };
};

describe('rebuilding projections aside and swapping them in', () => {
  it('given read models caught up, when a rebuild fails midway, then the old rows and checkpoints still answer, and a retry finishes', async () => {
    const { dir, store, db } = await givenFiles();
    const log = breakable(store);
    const runner = createProjectionRunner({ store: log.store, db, projections: pivotalProjections, batchSize: 5, logger: quiet });
    await runner.start();
    const before = everything(db);
    expect(before['candidates_v2']).toHaveLength(42);

    log.breakAfter(3);
    await expect(runner.rebuild()).rejects.toThrow('the log cannot be read');
    expect(everything(db)).toEqual(before);
    expect(readdirSync(dir).filter((file) => file.includes('.rebuild'))).toEqual([]);

    log.breakAfter(Number.POSITIVE_INFINITY);
    const result = await runner.rebuild();
    expect(result.events).toBe(story.length + 40);
    expect(everything(db)).toEqual(before);
    await runner.stop();
  });

  it('given the scratch file of a rebuild killed midway, when a runner starts on the read models, then it is deleted', async () => {
    const { dir, store, db } = await givenFiles();
    const scratch = join(dir, 'read.db.rebuild');
    writeFileSync(scratch, 'what a killed rebuild left: rows opened with keys since forgotten');
    const runner = createProjectionRunner({ store, db, projections: pivotalProjections, logger: quiet });
    expect(existsSync(scratch)).toBe(false);

    writeFileSync(scratch, 'left by another process');
    await runner.rebuild();
    expect(db.prepare('SELECT count(*) FROM candidates').pluck().get()).toBe(42);
    expect(existsSync(scratch)).toBe(false);
  });

  it('given a projection that throws on one event, when rebuilt, then it stops at that event as it would live, and the others are rebuilt whole', async () => {
    const { store, db } = await givenFiles();
    const runner = createProjectionRunner({ store, db, projections: [ledgerProjection, fragileProjection('cand-7')], batchSize: 10, logger: quiet });
    const result = await runner.rebuild();
    expect(result.events).toBe(story.length + 40);
    const fragile = runner.status().find((s) => s.name === 'fragile');
    expect(fragile?.stoppedWith?.error).toBe('cannot digest cand-7');
    expect(db.prepare('SELECT count(*) FROM fragile').pluck().get()).toBeLessThan(42);
    expect(db.prepare('SELECT count(*) FROM ledger').pluck().get()).toBe(
      story.filter((e) => ledgerProjection.handles.includes(e.type)).length + 40,
    );
    expect(runner.status().find((s) => s.name === 'ledger')?.stoppedWith).toBeNull();
  });

  it('given a projection whose tables start with a seeded row, when rebuilt, then the row is as the log left it', async () => {
    const { store, db } = await givenFiles();
    const runner = createProjectionRunner({ store, db, projections: [tallyProjection(1, 3)], logger: quiet });
    await runner.start();
    await runner.rebuild();
    expect(db.prepare('SELECT id, count FROM tally').all()).toEqual([{ id: 1, count: 3 * 42 }]);
    expect(runner.status()[0]?.stoppedWith).toBeNull();
    await runner.stop();
  });
});
