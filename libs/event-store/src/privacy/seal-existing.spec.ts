import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EventStore, RecordedEvent } from '../event-store';
import { anEvent } from '../contract-fixtures';
import { createSqliteEventStore } from '../sqlite-event-store';
import { createSealedSqliteEventStore, sealExistingPivotalEvents } from './pivotal-personal-data';
import { applicationStory, filesHolding, storyMarkers } from './privacy.fixtures';
import { createSqliteKeyStore } from './sqlite-key-store';

const directory = mkdtempSync(join(tmpdir(), 'pivotal-seal-existing-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
let dirs = 0;

const everything = async (store: EventStore): Promise<RecordedEvent[]> => (await store.readAll({ limit: 100_000 })).events;

/** A store written in clear, as before crypto-shredding: stories of several candidates among other events. */
const plaintextStore = async (dir: string) => {
  const store = createSqliteEventStore(join(dir, 'events.sqlite'));
  const candidates = Array.from({ length: 5 }, () => randomUUID());
  const markers = candidates.map(() => storyMarkers());
  for (const [i, candidateId] of candidates.entries()) {
    const story = applicationStory(candidateId, randomUUID(), markers[i]!);
    await store.append(story.streamId, story.events, 'no_stream');
    await store.append(`noise-${i}`, [anEvent(`noise-${i}`)], 'no_stream');
  }
  const before = await everything(store);
  await store.close();
  return { candidates, markers: markers.flatMap((m) => Object.values(m)), before };
};

describe('privacy encrypt-existing: the one-time rewrite of a store written in clear', () => {
  it('given a store in clear, when it is rewritten, then no marker is left in any byte of the directory and every event reads as before', async () => {
    const dir = mkdtempSync(join(directory, `case-${(dirs += 1)}-`));
    const { markers, before } = await plaintextStore(dir);
    for (const text of markers) expect(filesHolding(dir, text)).toEqual(['events.sqlite']);

    const keys = createSqliteKeyStore(join(dir, 'keys.sqlite'));
    const progress: number[] = [];
    const result = await sealExistingPivotalEvents(join(dir, 'events.sqlite'), keys, (p) => progress.push(p.done));
    await keys.close();

    expect(result).toMatchObject({ events: 20, sealed: 15, alreadySealed: 0, erased: 0 });
    expect(progress.at(-1)).toBe(20);
    for (const text of markers) expect(filesHolding(dir, text)).toEqual([]);
    expect(existsSync(join(dir, 'events.sqlite-wal')) ? statSync(join(dir, 'events.sqlite-wal')).size : 0).toBe(0);
    const store = createSealedSqliteEventStore(join(dir, 'events.sqlite'));
    expect(await everything(store)).toEqual(before);
    await store.close();
  });

  it('given a store rewritten once and appended to since, when it is rewritten again, then it changes nothing', async () => {
    const dir = mkdtempSync(join(directory, `case-${(dirs += 1)}-`));
    await plaintextStore(dir);
    const keys = createSqliteKeyStore(join(dir, 'keys.sqlite'));
    await sealExistingPivotalEvents(join(dir, 'events.sqlite'), keys);
    const store = createSealedSqliteEventStore(join(dir, 'events.sqlite'));
    const later = applicationStory(randomUUID(), randomUUID(), storyMarkers());
    await store.append(later.streamId, later.events, 'no_stream');
    const read = await everything(store);
    await store.close();

    const again = await sealExistingPivotalEvents(join(dir, 'events.sqlite'), keys);
    await keys.close();

    expect(again).toMatchObject({ events: 23, sealed: 0, alreadySealed: 18 });
    const reopened = createSealedSqliteEventStore(join(dir, 'events.sqlite'));
    expect(await everything(reopened)).toEqual(read);
    await reopened.close();
  });

  it('given a subject forgotten before the rewrite, then their fields are dropped rather than sealed', async () => {
    const dir = mkdtempSync(join(directory, `case-${(dirs += 1)}-`));
    const { candidates, before } = await plaintextStore(dir);
    const keys = createSqliteKeyStore(join(dir, 'keys.sqlite'));
    await keys.forget([candidates[0]!]);

    const result = await sealExistingPivotalEvents(join(dir, 'events.sqlite'), keys);
    await keys.close();

    expect(result).toMatchObject({ sealed: 15, erased: 3 });
    const store = createSealedSqliteEventStore(join(dir, 'events.sqlite'));
    const after = await everything(store);
    await store.close();
    expect(after[0]?.data).toMatchObject({ company: '[erased]', candidateId: candidates[0] });
    expect(after.slice(4)).toEqual(before.slice(4));
  });
});
