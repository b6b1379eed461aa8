import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createSqliteEventStore } from '@pivotal/event-store';
import { openReadModelDb } from './read-model-db';
import { parseRebuildArgs, rebuildProjections } from './rebuild-command';
import { progressReporter } from './rebuild-progress';
import { appendEvents, registrations } from './testing/append';
import { story } from './testing/story';

/** A stream that is not a terminal, collecting what is written to it. */
const pipe = () => {
  const stream = new PassThrough() as PassThrough & NodeJS.WriteStream;
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream, text: () => text };
};

describe('projections rebuild', () => {
  it('reads its files and an optional projection name from the command line', () => {
    expect(parseRebuildArgs(['--events-db', 'e.db', '--read-db', 'r.db'])).toEqual({ eventsDb: 'e.db', readDb: 'r.db' });
    expect(parseRebuildArgs(['goals', '--read-db', 'r.db', '--events-db', 'e.db'])).toMatchObject({ name: 'goals' });
    expect(() => parseRebuildArgs(['--read-db', 'r.db'])).toThrow(/usage/);
  });

  it('given output that is not a terminal, then it writes plain progress lines with rate and time left', () => {
    const out = pipe();
    const reporter = progressReporter(out.stream, 'rebuild', 1000);
    reporter.update({ done: 1000, position: 999n, head: 3999n, elapsedMs: 1000 });
    reporter.update({ done: 1500, position: 1499n, head: 3999n, elapsedMs: 1500 });
    reporter.update({ done: 4000, position: 3999n, head: 3999n, elapsedMs: 2500 });
    reporter.stop();
    expect(out.text().trim().split('\n')).toEqual([
      'rebuild: 1000/4000 events (25%), 1000 events/s, ETA 3s',
      'rebuild: 4000/4000 events (100%), 1600 events/s, ETA 0s',
    ]);
  });

  it('given an event store file and a read-model file, then it rebuilds every read model from the log', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rebuild-cli-'));
    const store = createSqliteEventStore(join(dir, 'events.db'));
    await appendEvents(store, [...story, ...registrations(3)]);
    const db = openReadModelDb(join(dir, 'read.db'));
    const out = pipe();
    const result = await rebuildProjections({ store, db, output: out.stream });
    expect(result.events).toBe(story.length + 3);
    expect(db.prepare('SELECT count(*) FROM candidates').pluck().get()).toBe(5);
    expect(db.prepare('SELECT count(*) FROM applications').pluck().get()).toBe(4);
    expect(out.text()).toMatch(/rebuild all projections: 27\/27 events \(100%\)/);
    db.close();
    await store.close();
  });
});
