import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeHistory } from '@pivotal/demo-data';
import { createSealedSqliteEventStore, createSqliteEventStore, type EventStore, type RecordedEvent } from '@pivotal/event-store';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { createPivotal } from '../pivotal';
import { runCliCaptured } from '../testing/run-cli-captured';

const dataDir = mkdtempSync(join(tmpdir(), 'pivotal-encrypt-existing-'));
const env = { PIVOTAL_DATA_DIR: dataDir, LOG_LEVEL: 'silent', PIVOTAL_DEMO: '0' };
const eventsFile = join(dataDir, 'events.sqlite');
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const cli = (...argv: string[]) => runCliCaptured(argv, env);

const everything = async (store: EventStore): Promise<RecordedEvent[]> => {
  const events = (await store.readAll({ limit: 1_000_000 })).events;
  await store.close();
  return events;
};

/** The event store's files (its WAL included) whose bytes hold `text`. */
const storeFilesHolding = (text: string) =>
  readdirSync(dataDir)
    .filter((name) => name.startsWith('events.sqlite'))
    .filter((name) => readFileSync(join(dataDir, name)).includes(Buffer.from(text)));

describe('npm run pivotal -- privacy encrypt-existing', () => {
  it('given a store written in clear, it refuses while a process has it open, then seals every personal field in place: no name or company left on disk, every event read as before', async () => {
    const writer = createSqliteEventStore(eventsFile);
    await writeHistory(writer, { seed: 7, now: '2026-11-25T00:00:00.000Z', agencyId: 'agency-clear', candidates: 8 });
    await writer.close();
    const plain = createSqliteEventStore(eventsFile);
    const before = await everything(plain);
    const personal = before.flatMap((event) => {
      const data = event.data as { name?: string; company?: string };
      return [data.name, data.company].filter((text): text is string => typeof text === 'string');
    });
    expect(personal.length).toBeGreaterThan(8);
    expect(personal.filter((text) => storeFilesHolding(text).length > 0)).toEqual(personal);

    const server = await createPivotal(loadConfig(env));
    await expect(cli('privacy', 'encrypt-existing')).rejects.toThrow(/stop every server/);
    await server.close();

    const run = await cli('privacy', 'encrypt-existing');

    expect(run).toMatchObject({ code: 0, output: expect.stringMatching(/Sealed the personal fields of \d+ of \d+ events \(0 were sealed already\)/) });
    expect(personal.filter((text) => storeFilesHolding(text).length > 0)).toEqual([]);
    expect(await everything(createSealedSqliteEventStore(eventsFile))).toEqual(before);
  }, 60_000);

  it('given a store already sealed, when run again, then it seals nothing', async () => {
    const again = await cli('privacy', 'encrypt-existing');
    expect(again).toMatchObject({ code: 0, output: expect.stringMatching(/Sealed the personal fields of 0 of \d+ events \(\d+ were sealed already\)/) });
  });
});
