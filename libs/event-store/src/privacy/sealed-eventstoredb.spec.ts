import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { describeEventStore } from '../event-store.contract';
import { createEventStoreDbEventStore } from '../eventstoredb-event-store';
import { envelopeOf } from './envelope';
import { createMemoryKeyStore } from './memory-key-store';
import { withPivotalPersonalData } from './pivotal-personal-data';
import { applicationStory, storyMarkers } from './privacy.fixtures';

const connectionString = process.env['EVENTSTORE_CONNECTION_STRING'];
if (!connectionString) {
  console.log(
    'EventStoreDB crypto-shredding suite skipped: set EVENTSTORE_CONNECTION_STRING (no EventStoreDB server can run on this machine)',
  );
}

describe.skipIf(!connectionString)('crypto-shredding against the server of EVENTSTORE_CONNECTION_STRING', () => {
  const sealed = () => withPivotalPersonalData(createEventStoreDbEventStore(connectionString as string), createMemoryKeyStore());

  describeEventStore('sealed eventstoredb', sealed);

  it('given a story appended through the decorator, then the server holds it sealed, it reads back as written, and as erased once forgotten', async () => {
    const keys = createMemoryKeyStore();
    const inner = createEventStoreDbEventStore(connectionString as string);
    const store = withPivotalPersonalData(inner, keys);
    const candidateId = randomUUID();
    const markers = storyMarkers();
    const story = applicationStory(candidateId, randomUUID(), markers);
    await store.append(story.streamId, story.events, 'no_stream');

    const stored = await inner.readStream(story.streamId);
    expect(JSON.stringify(stored.map(({ data, metadata }) => ({ data, metadata })))).not.toContain(markers.company);
    expect(stored.every((event) => envelopeOf(event.metadata)?.subject === candidateId)).toBe(true);
    expect((await store.readStream(story.streamId)).map((event) => event.data)).toEqual(story.events.map((event) => event.data));

    await keys.forget([candidateId]);
    const later = withPivotalPersonalData(createEventStoreDbEventStore(connectionString as string), keys);
    expect((await later.readStream(story.streamId))[0]?.data).toMatchObject({ company: '[erased]', candidateId });
    await Promise.all([store.close(), later.close()]);
  });
});
