import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { describeEventStore } from '../event-store.contract';
import { createMemoryEventStore } from '../memory-event-store';
import { createMemoryKeyStore } from './memory-key-store';
import { createSealedSqliteEventStore, withPivotalPersonalData } from './pivotal-personal-data';

const directory = mkdtempSync(join(tmpdir(), 'pivotal-sealed-contract-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
let files = 0;

// The decorator is an event store like any other: the adapters' contract holds through it.
describeEventStore('sealed memory', () => withPivotalPersonalData(createMemoryEventStore(), createMemoryKeyStore()));
describeEventStore('sealed sqlite (file)', () => {
  files += 1;
  return createSealedSqliteEventStore(join(directory, `events-${files}.sqlite`), {
    keysFile: join(directory, `keys-${files}.sqlite`),
  });
});
