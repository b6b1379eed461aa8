import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ERASED, personalFieldsOf, subjectNamedBy } from '@pivotal/domain';
import { afterAll, describe, expect, it } from 'vitest';
import type { Command, Decider, Event } from '@pivotal/domain';
import { handleCommand } from '../command-handler';
import { consumeUntil, metadataAt } from '../contract-fixtures';
import type { EventStore, RecordedEvent } from '../event-store';
import { createMemoryEventStore } from '../memory-event-store';
import { appendGroup } from '../group-commit';
import { createSqliteEventStore } from '../sqlite-event-store';
import { envelopeOf, ENVELOPE_KEY } from './envelope';
import type { KeyStore } from './key-store';
import { createMemoryKeyStore } from './memory-key-store';
import { NoDataSubject, sealPersonalData } from './personal-data-store';
import { createSealedSqliteEventStore, erasedSubjectsOf, withPivotalPersonalData } from './pivotal-personal-data';
import { applicationStory, candidateErased, filesHolding, storyMarkers } from './privacy.fixtures';
import { UnreadableBox } from './sealed-box';
import { createSqliteKeyStore } from './sqlite-key-store';

const directory = mkdtempSync(join(tmpdir(), 'pivotal-sealed-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
let dirs = 0;
const freshDir = () => mkdtempSync(join(directory, `case-${(dirs += 1)}-`));

/** A sealed store over a memory store, with both parts at hand. */
const sealedInMemory = () => {
  const inner = createMemoryEventStore();
  const keys = createMemoryKeyStore();
  return { inner, keys, store: withPivotalPersonalData(inner, keys) };
};

/** A candidate's story appended through `store`. */
const appendStory = async (store: EventStore, candidateId = randomUUID()) => {
  const markers = storyMarkers();
  const story = applicationStory(candidateId, randomUUID(), markers);
  await store.append(story.streamId, story.events, 'no_stream');
  return { candidateId, markers, story };
};

const allOf = async (store: EventStore): Promise<RecordedEvent[]> => (await store.readAll({ limit: 10_000 })).events;

const ids = (events: readonly RecordedEvent[]) => events.map((event) => event.id);

/** What a story reads as once its candidate is erased: every personal field the marker, the rest intact. */
const erasedStory = (story: ReturnType<typeof applicationStory>) => {
  const [applied, interviewed, feedback] = story.events.map((event) => event.data as Record<string, unknown>);
  return [
    { ...applied, company: ERASED, role: ERASED },
    { ...interviewed, stage: ERASED, notes: ERASED },
    {
      ...feedback,
      summary: ERASED,
      points: (feedback?.['points'] as Record<string, unknown>[]).map((point) => ({ ...point, note: ERASED })),
    },
  ];
};

describe('sealing personal data (crypto-shredding)', () => {
  it('given a story appended through the decorator, when it is read every way, then it reads exactly as written', async () => {
    const { store } = sealedInMemory();
    const { story } = await appendStory(store);
    const written = story.events.map(({ id, type, data, metadata }) => ({ id, type, data, metadata }));

    const byStream = await store.readStream(story.streamId);
    const byLog = await allOf(store);
    const abort = new AbortController();
    const delivered = await consumeUntil(store.subscribe({ signal: abort.signal }), (events) => events.length === 3, { abort });

    for (const events of [byStream, byLog, delivered]) expect(events).toMatchObject(written);
    expect(byStream[0]?.metadata).not.toHaveProperty(ENVELOPE_KEY);
  });

  it('given a story appended, then the store beneath holds every personal field as the erased marker and the sealed values in an envelope', async () => {
    const { inner, store } = sealedInMemory();
    const { story, markers, candidateId } = await appendStory(store);

    const stored = await inner.readStream(story.streamId);

    expect(stored.map((event) => event.data)).toEqual(erasedStory(story));
    expect(JSON.stringify(stored.map(({ data, metadata }) => ({ data, metadata })))).not.toContain(markers.company);
    expect(stored.map((event) => envelopeOf(event.metadata)?.subject)).toEqual([candidateId, candidateId, candidateId]);
    expect(envelopeOf(stored[2]?.metadata ?? metadataAt())?.paths).toEqual(['summary', 'points[].note']);
  });

  it('given a story on a sqlite file, then no marker is in any byte of the event file, its WAL or the keys file', async () => {
    const dir = freshDir();
    const store = createSealedSqliteEventStore(join(dir, 'events.sqlite'));
    const { markers, story } = await appendStory(store);
    expect((await store.readStream(story.streamId))[0]?.data).toMatchObject({ company: markers.company });

    // While the store is open, the appends sit in the WAL: it is scanned too.
    expect(filesHolding(dir, '"applicationId"')).toContain('events.sqlite-wal');
    for (const text of Object.values(markers)) expect(filesHolding(dir, text)).toEqual([]);
    await store.close();
    for (const text of Object.values(markers)) expect(filesHolding(dir, text)).toEqual([]);

    // The scan finds plaintext where there is some: the same story appended without the decorator.
    const plain = createSqliteEventStore(join(dir, 'plain.sqlite'));
    await appendStory(plain).then(async ({ markers: plainMarkers }) => {
      expect(filesHolding(dir, plainMarkers.company)).toEqual(['plain.sqlite-wal']);
    });
    await plain.close();
  });

  it('given two stories group-committed through the decorator on a sqlite file, then both read as written and no marker is on disk', async () => {
    const dir = freshDir();
    const store = createSealedSqliteEventStore(join(dir, 'events.sqlite'));
    expect(store.appendMany).toBeTypeOf('function');
    const [one, two] = [storyMarkers(), storyMarkers()];
    const stories = [applicationStory(randomUUID(), randomUUID(), one), applicationStory(randomUUID(), randomUUID(), two)];

    const outcomes = await appendGroup(
      store,
      stories.map((story) => ({ streamId: story.streamId, events: story.events, expected: 'no_stream' as const })),
    );

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled']);
    for (const story of stories)
      expect((await store.readStream(story.streamId)).map((event) => event.data)).toEqual(story.events.map((event) => event.data));
    for (const text of [...Object.values(one), ...Object.values(two)]) expect(filesHolding(dir, text)).toEqual([]);
    await store.close();
  });

  it('given a forgotten candidate, when the story is read every way, then every personal field reads as erased and ids, dates and enums are intact', async () => {
    const { inner, keys, store: writer } = sealedInMemory();
    const { story, candidateId } = await appendStory(writer);
    const other = await appendStory(writer);

    await keys.forget([candidateId]);
    // A process that never held the key in memory (the writer's copy goes when it reads the erasure).
    const store = withPivotalPersonalData(inner, keys);

    const byStream = await store.readStream(story.streamId);
    const byLog = (await allOf(store)).filter((event) => event.streamId === story.streamId);
    expect(byStream.map((event) => event.data)).toEqual(erasedStory(story));
    expect(byLog.map((event) => event.data)).toEqual(erasedStory(story));
    expect(byStream.map((event) => event.metadata)).toEqual(story.events.map((event) => event.metadata));
    // Another candidate's story is untouched.
    expect((await store.readStream(other.story.streamId))[0]?.data).toMatchObject({ company: other.markers.company });
  });

  it('given a forgotten candidate, when a new event of theirs is appended, then no key is made and nothing personal is stored', async () => {
    const { inner, store, keys } = sealedInMemory();
    const candidateId = randomUUID();
    await keys.forget([candidateId]);
    const { story, markers } = await appendStory(store, candidateId);

    expect(await keys.getKey(candidateId)).toBeNull();
    const stored = (await inner.readStream(story.streamId)).map(({ data, metadata }) => ({ data, metadata }));
    expect(JSON.stringify(stored)).not.toContain(markers.company);
    expect((await store.readStream(story.streamId)).map((event) => event.data)).toEqual(erasedStory(story));
  });

  it('given a candidate, when their erasure event is appended through the decorator, then their key is forgotten and their story reads as erased', async () => {
    const { store, keys } = sealedInMemory();
    const { story, candidateId } = await appendStory(store);

    const appended = await store.append(`candidate-${candidateId}`, [candidateErased(candidateId)], 'any');

    expect(await keys.isForgotten(candidateId)).toBe(true);
    expect((await store.readStream(story.streamId)).map((event) => event.data)).toEqual(erasedStory(story));
    expect(appended.recorded?.[0]?.type).toBe('CandidateErased');
  });

  describe('an erasure recorded but whose forget never ran (the process died in between)', () => {
    /** The store written by a process that appended the erasure and died before forgetting. */
    const erasedButNotForgotten = async (dir: string) => {
      const keys = createSqliteKeyStore(join(dir, 'keys.sqlite'));
      const inner = createSqliteEventStore(join(dir, 'events.sqlite'));
      const withoutHook = sealPersonalData(inner, { keys, personalFieldsOf, subjectNamedBy, erased: ERASED });
      const { story, candidateId } = await appendStory(withoutHook);
      await withoutHook.append(`candidate-${candidateId}`, [candidateErased(candidateId)], 'any');
      expect(await keys.isForgotten(candidateId)).toBe(false);
      await withoutHook.close();
      return { story, candidateId };
    };

    it('when a later process reads the log, then the forget is finished before the events are handed on', async () => {
      const dir = freshDir();
      const { story, candidateId } = await erasedButNotForgotten(dir);

      const restarted = createSealedSqliteEventStore(join(dir, 'events.sqlite'));
      await allOf(restarted);

      expect((await restarted.readStream(story.streamId)).map((event) => event.data)).toEqual(erasedStory(story));
      const keys = createSqliteKeyStore(join(dir, 'keys.sqlite'));
      expect(await keys.isForgotten(candidateId)).toBe(true);
      await Promise.all([keys.close(), restarted.close()]);
    });

    it('when a later process catches up by subscription (the projections at restart), then it is forgotten by the time the erasure is delivered', async () => {
      const dir = freshDir();
      const { candidateId } = await erasedButNotForgotten(dir);
      const keys = createSqliteKeyStore(join(dir, 'keys.sqlite'));
      const restarted = withPivotalPersonalData(createSqliteEventStore(join(dir, 'events.sqlite')), keys);

      const abort = new AbortController();
      let forgottenWhenDelivered = false;
      await consumeUntil(
        restarted.subscribe({ signal: abort.signal }),
        async (events) => {
          const last = events[events.length - 1];
          if (last?.type !== 'CandidateErased') return false;
          forgottenWhenDelivered = await keys.isForgotten(candidateId);
          return true;
        },
        { abort },
      );

      expect(forgottenWhenDelivered).toBe(true);
      await restarted.close();
    });
  });

  it('given an append that succeeded, when the same events are appended again, then it is a replay: recorded once, answered as written', async () => {
    const { store } = sealedInMemory();
    const { story, markers } = await appendStory(store);

    const again = await store.append(story.streamId, story.events, 'no_stream');

    expect(again.replayed).toBe(true);
    expect(again.recorded?.map((event) => event.data)).toEqual(story.events.map((event) => event.data));
    expect(await store.readStream(story.streamId)).toHaveLength(3);
    expect((await store.readStream(story.streamId))[0]?.data).toMatchObject({ company: markers.company });
  });

  it('given a command already handled, when it is sent again with its idempotency key, then it appends nothing and answers the original events in clear', async () => {
    type Apply = Command<'Apply', { candidateId: string; company: string }>;
    type Applied = Event<'JobApplied', { applicationId: string; candidateId: string; company: string; role: string }>;
    const applications: Decider<Apply, Applied, { applied: boolean }> = {
      initialState: () => ({ applied: false }),
      evolve: () => ({ applied: true }),
      decide: (command) => [{ type: 'JobApplied', data: { applicationId: 'app-1', role: 'Engineer', ...command.data } }],
    };
    const { store } = sealedInMemory();
    const stream = `application-${randomUUID()}`;
    const command: Apply = { type: 'Apply', data: { candidateId: randomUUID(), company: 'Initech' } };
    const options = { actorId: 'system', occurredAt: '2026-11-25T12:00:00.000Z', idempotencyKey: 'apply-1' };

    const first = await handleCommand(store, applications, stream, command, options);
    const again = await handleCommand(store, applications, stream, command, options);

    expect(again).toMatchObject({ duplicate: true, position: first.position, state: { applied: true } });
    expect(again.events.map((event) => event.data)).toEqual(first.events.map((event) => event.data));
    expect(again.events[0]?.data).toMatchObject({ company: 'Initech' });
    expect(await store.readStream(stream)).toHaveLength(1);
  });

  it('given an event written in clear before sealing existed, when it is read through the decorator, then it reads as it is', async () => {
    const { inner, store } = sealedInMemory();
    const old = applicationStory(randomUUID(), randomUUID(), storyMarkers());
    await inner.append(old.streamId, old.events, 'no_stream');

    expect((await store.readStream(old.streamId)).map((event) => event.data)).toEqual(old.events.map((event) => event.data));
  });

  it('given a sqlite file, when the same events are appended again after a restart, then it is still a replay (a fresh IV changes nothing)', async () => {
    const dir = freshDir();
    const first = createSealedSqliteEventStore(join(dir, 'events.sqlite'));
    const { story } = await appendStory(first);
    await first.close();

    const restarted = createSealedSqliteEventStore(join(dir, 'events.sqlite'));
    const again = await restarted.append(story.streamId, story.events, 'no_stream');

    expect(again).toMatchObject({ replayed: true, nextRevision: 2n });
    expect(ids(await restarted.readStream(story.streamId))).toEqual(ids(again.recorded ?? []));
    await restarted.close();
  });

  it('given an event with personal data whose stream names no subject, when it is appended, then it is refused and nothing is stored', async () => {
    const { inner, store } = sealedInMemory();
    const stream = `application-${randomUUID()}`;
    const orphan = applicationStory('x', randomUUID(), storyMarkers()).events[1];

    await expect(store.append(stream, [orphan!], 'no_stream')).rejects.toBeInstanceOf(NoDataSubject);
    expect(await inner.readStream(stream)).toEqual([]);
  });

  it('given a sealed event altered in the store, when it is read, then it says so instead of answering altered data', async () => {
    const inner = createMemoryEventStore();
    const keys: KeyStore = createMemoryKeyStore();
    const store = withPivotalPersonalData(inner, keys);
    const { story, candidateId } = await appendStory(store);
    const [applied] = await inner.readStream(story.streamId);
    const envelope = envelopeOf(applied!.metadata)!;
    const box = Buffer.from(envelope.box!, 'base64');
    box[20] = (box[20] ?? 0) ^ 1;
    const forged = { ...applied!, metadata: { ...applied!.metadata, [ENVELOPE_KEY]: { ...envelope, box: box.toString('base64') } } };
    const tampered = withPivotalPersonalData({ ...inner, readStream: async () => [forged] }, keys);

    await expect(tampered.readStream(story.streamId)).rejects.toBeInstanceOf(UnreadableBox);
    expect(erasedSubjectsOf(candidateErased(candidateId))).toEqual([candidateId]);
  });
});
