import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createMemoryEventStore } from '@pivotal/event-store';
import { createProjectionRunner, createReadModelQueries, pivotalProjections } from '@pivotal/projections';
import { generateHistory } from '@pivotal/demo-data';

const now = '2026-11-25T12:00:00.000Z';

/** Every row of every view, in a stable order: the whole read model as one comparable value. */
const dump = (db: Database.Database) =>
  Object.fromEntries(
    pivotalProjections.flatMap((projection) =>
      Object.keys(projection.tables).map((view) => [view, db.prepare(`SELECT * FROM "${view}" ORDER BY 1, 2`).all()]),
    ),
  );

describe('rebuilding the read models', () => {
  it('given a history applied live in many small batches, when rebuilt from the log, then every row and answer is the same', async () => {
    const store = createMemoryEventStore();
    const db = new Database(':memory:');
    const runner = createProjectionRunner({ store, db, projections: [...pivotalProjections], batchSize: 64 });
    await runner.start();
    let head = -1n;
    for (const batch of generateHistory({ seed: 11, now, agencyId: 'agency-1', candidates: 25, agency: { name: 'One', joinCode: 'ONE' } })) {
      ({ position: head } = await store.append(batch.streamId, batch.events, batch.expected));
    }
    await runner.waitForPosition(head, 10_000);
    const queries = createReadModelQueries(db);
    const answers = () => ({
      analytics: queries.agencyAnalytics({ agencyId: 'agency-1' }),
      candidates: queries.candidatesOfAgency({ agencyId: 'agency-1', first: 100, now }),
      queue: queries.feedbackQueue({ agencyId: 'agency-1', first: 100, now }),
    });
    const incremental = { rows: dump(db), answers: answers() };
    expect(incremental.rows.applications?.length).toBeGreaterThan(100);

    const progress: number[] = [];
    const result = await runner.rebuild(undefined, (p) => progress.push(p.done));
    expect(result.events).toBe(Number(head) + 1);
    expect(progress.at(-1)).toBe(result.events);
    expect({ rows: dump(db), answers: answers() }).toEqual(incremental);

    await runner.rebuild('goals');
    expect({ rows: dump(db), answers: answers() }).toEqual(incremental);
    expect(runner.status().every((s) => s.caughtUp && s.position === String(head))).toBe(true);
    await runner.stop();
    await store.close();
  });
});
