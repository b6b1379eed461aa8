import type { AppendRequest, AppendResult, EventStore, EventToAppend, RecordedEvent } from '../event-store';
import { envelopeOf, withoutEnvelope } from './envelope';
import type { KeyStore } from './key-store';
import { blankPersonalLeaves, openedEvent, sealedEvent, type Blanked } from './seal-event';
import { sealingKey, type SealingKey } from './sealed-box';

/** What the decorator needs to know of the domain; the composition root passes the domain's. */
export interface PersonalDataOptions {
  readonly keys: KeyStore;
  /** The personal paths of an event type (`company`, `points[].note`). */
  readonly personalFieldsOf: (type: string) => readonly string[];
  /** The subject an event's data names, if any; else its stream's first event's subject. */
  readonly subjectNamedBy: (data: unknown) => string | null;
  /** What a personal field of a forgotten subject reads as. */
  readonly erased: string;
  /**
   * The subjects an event erases (none for most). Appending such an event, or reading it, forgets
   * their keys before the event is handed on: a crash between the append and the forget is
   * finished by the next read, e.g. the projections' catch-up at restart.
   */
  readonly erasedSubjectsOf?: (event: { readonly type: string; readonly data: unknown }) => readonly string[];
  /** Subjects whose key (or whose being forgotten) stays in memory; default 10,000. */
  readonly cachedSubjects?: number;
}

/** An event with personal values whose subject neither it nor its stream's first event names. */
export class NoDataSubject extends Error {
  constructor(
    readonly streamId: string,
    readonly type: string,
  ) {
    super(`stream ${streamId}: a ${type} event holds personal data but names no data subject, nor does its stream`);
    this.name = 'NoDataSubject';
  }
}

/** A bounded map that drops its oldest entries first. */
const boundedMap = <V>(limit: number) => {
  const entries = new Map<string, V>();
  return {
    get: (key: string) => entries.get(key),
    has: (key: string) => entries.has(key),
    set: (key: string, value: V) => {
      entries.delete(key);
      entries.set(key, value);
      if (entries.size > limit) entries.delete(entries.keys().next().value as string);
    },
  };
};

interface Sealed {
  /** As stored. */
  readonly event: EventToAppend;
  /** The subject whose key sealed it; null when nothing was sealed (nothing personal, or a forgotten subject). */
  readonly sealedFor: string | null;
  /** Whether the stored event differs from the given one. */
  readonly changed: boolean;
}

const sealedWith = (
  event: EventToAppend,
  blanked: Blanked,
  paths: readonly string[],
  subject: string,
  key: SealingKey | null,
): Sealed => ({ event: sealedEvent(event, blanked, paths, subject, key), sealedFor: key ? subject : null, changed: true });

/**
 * Crypto-shredding around any event store: on append, the personal fields of each event are
 * sealed (AES-256-GCM) under its data subject's key, into an envelope in the metadata, and written
 * as the erased marker in the data; on every read they are opened again, and read as the erased
 * marker once the subject's key is forgotten. Events without an envelope (no personal fields, or
 * written before this existed) read as they are.
 */
export const sealPersonalData = (inner: EventStore, options: PersonalDataOptions): EventStore => {
  const { keys, personalFieldsOf, subjectNamedBy, erased, erasedSubjectsOf = () => [] } = options;
  const limit = options.cachedSubjects ?? 10_000;
  /** A subject's key, or null once it is known to be forgotten. */
  const knownKeys = boundedMap<SealingKey | null>(limit);
  const streamSubjects = boundedMap<string>(limit);

  const remember = (subject: string, key: Uint8Array | null): SealingKey | null => {
    const imported = key ? sealingKey(key) : null;
    knownKeys.set(subject, imported);
    return imported;
  };

  const keyForSealing = async (subject: string): Promise<SealingKey | null> => {
    if (knownKeys.has(subject)) return knownKeys.get(subject) ?? null;
    return remember(subject, await keys.getOrCreateKey(subject));
  };

  /**
   * A key for opening. A sealed event's key was made before the event was appended, so a missing
   * key means a forgotten subject, which stays forgotten: both answers are kept.
   */
  const keyForOpening = async (subject: string): Promise<SealingKey | null> => {
    if (knownKeys.has(subject)) return knownKeys.get(subject) ?? null;
    return remember(subject, await keys.getKey(subject));
  };

  const forget = async (subjects: readonly string[]): Promise<void> => {
    const pending = subjects.filter((subject) => !knownKeys.has(subject) || knownKeys.get(subject) !== null);
    if (pending.length === 0) return;
    const forgotten = await Promise.all(pending.map((subject) => keys.isForgotten(subject)));
    if (forgotten.some((done) => !done)) await keys.forget(pending);
    for (const subject of pending) knownKeys.set(subject, null);
  };

  /** The erasure hook: forgets the subjects that any of these events erases. */
  const finishErasures = async (events: readonly { type: string; data: unknown }[]): Promise<readonly string[]> => {
    // A loop rather than a flatMap: this runs over every appended and every read event, and erasures are rare.
    let subjects: string[] | null = null;
    for (const event of events) {
      const erasedByEvent = erasedSubjectsOf(event);
      if (erasedByEvent.length > 0) (subjects ??= []).push(...erasedByEvent);
    }
    if (subjects === null) return [];
    await forget(subjects);
    return subjects;
  };

  const subjectOfStored = (event: RecordedEvent | undefined): string | null =>
    event ? (subjectNamedBy(event.data) ?? envelopeOf(event.metadata)?.subject ?? null) : null;

  /** The subject of a stream's first event, read once and remembered; else of the first in `batch` naming one. */
  const streamSubject = async (streamId: string, batch: readonly EventToAppend[]): Promise<string | null> => {
    const known = streamSubjects.get(streamId);
    if (known !== undefined) return known;
    const [first] = await inner.readStream(streamId);
    const subject = first ? subjectOfStored(first) : null;
    if (subject !== null) streamSubjects.set(streamId, subject);
    if (first) return subject;
    for (const event of batch) {
      const named = subjectNamedBy(event.data);
      if (named !== null) return named;
    }
    return null;
  };

  /** Seals one event; without awaiting anything when its subject and key are known (the common case). */
  const sealOne = (streamId: string, event: EventToAppend, batch: readonly EventToAppend[]): Sealed | Promise<Sealed> => {
    const paths = personalFieldsOf(event.type);
    const blanked = blankPersonalLeaves(event.data, paths, erased);
    if (!blanked) return { event, sealedFor: null, changed: false };
    const known = subjectNamedBy(event.data) ?? streamSubjects.get(streamId);
    if (known !== undefined) {
      const key = knownKeys.get(known);
      if (key !== undefined) return sealedWith(event, blanked, paths, known, key);
    }
    return (async () => {
      const subject = known ?? (await streamSubject(streamId, batch));
      if (subject === null) throw new NoDataSubject(streamId, event.type);
      return sealedWith(event, blanked, paths, subject, await keyForSealing(subject));
    })();
  };

  /** Finishes the erasures these events carry, then opens every one of them. */
  const openAll = async (events: readonly RecordedEvent[]): Promise<RecordedEvent[]> => {
    await finishErasures(events);
    const opened = new Array<RecordedEvent>(events.length);
    for (let i = 0; i < events.length; i += 1) {
      const event = events[i] as RecordedEvent;
      const envelope = envelopeOf(event.metadata);
      if (!envelope) opened[i] = event;
      else {
        const { subject } = envelope;
        const key = knownKeys.has(subject) ? (knownKeys.get(subject) ?? null) : await keyForOpening(subject);
        opened[i] = openedEvent(event, envelope, key);
      }
    }
    return opened;
  };

  const sealAll = async (streamId: string, events: readonly EventToAppend[]): Promise<Sealed[]> => {
    const sealed: Sealed[] = [];
    for (const event of events) {
      const one = sealOne(streamId, event, events);
      sealed.push(one instanceof Promise ? await one : one);
    }
    return sealed;
  };

  /** After the inner append: remembers the stream's subject, finishes erasures, answers what was written. */
  const appended = async (
    streamId: string,
    events: readonly EventToAppend[],
    sealed: readonly Sealed[],
    result: AppendResult,
  ): Promise<AppendResult> => {
    if (!streamSubjects.has(streamId) && events.length > 0 && result.nextRevision === BigInt(events.length - 1)) {
      for (const event of events) {
        const subject = subjectNamedBy(event.data);
        if (subject === null) continue;
        if (subject) streamSubjects.set(streamId, subject);
        break;
      }
    }
    const erasedSubjects = await finishErasures(events);
    const erasedNow = erasedSubjects.length > 0 ? new Set(erasedSubjects) : null;
    if (!result.recorded) return result;
    if (result.replayed) return { ...result, recorded: await openAll(result.recorded) };
    // What was just written reads as the caller gave it, unless its subject is forgotten.
    const stored = result.recorded;
    const recorded = new Array<RecordedEvent>(stored.length);
    for (let i = 0; i < stored.length; i += 1) {
      const event = stored[i] as RecordedEvent;
      const { sealedFor, changed } = sealed[i] as Sealed;
      const readable = !changed || (sealedFor !== null && !erasedNow?.has(sealedFor));
      const given = events[i] as EventToAppend;
      // A literal of the seven fields rather than a spread: this runs once per appended event.
      recorded[i] = {
        id: event.id,
        streamId: event.streamId,
        revision: event.revision,
        position: event.position,
        type: event.type,
        data: readable ? given.data : event.data,
        metadata: readable ? given.metadata : withoutEnvelope(event.metadata),
      };
    }
    return { ...result, recorded };
  };

  /** Group commit through the decorator: each request sealed, the group appended in one commit by the inner store. */
  const appendMany = async (
    requests: readonly AppendRequest[],
  ): Promise<PromiseSettledResult<AppendResult>[]> => {
    const sealing = await Promise.allSettled(requests.map((request) => sealAll(request.streamId, request.events)));
    const ready = requests.flatMap((request, i) => {
      const outcome = sealing[i] as PromiseSettledResult<Sealed[]>;
      return outcome.status === 'fulfilled' ? [{ i, request, sealed: outcome.value }] : [];
    });
    const results = ready.length
      ? await (inner.appendMany as NonNullable<EventStore['appendMany']>)(
          ready.map(({ request, sealed }) => ({ ...request, events: sealed.map((s) => s.event) })),
        )
      : [];
    const answers: PromiseSettledResult<AppendResult>[] = sealing.map((outcome) =>
      outcome.status === 'rejected' ? outcome : { status: 'rejected', reason: new Error('not appended') },
    );
    await Promise.all(
      ready.map(async ({ i, request, sealed }, k) => {
        const result = results[k] as PromiseSettledResult<AppendResult>;
        if (result.status === 'rejected') {
          answers[i] = result;
          return;
        }
        try {
          answers[i] = { status: 'fulfilled', value: await appended(request.streamId, request.events, sealed, result.value) };
        } catch (reason) {
          answers[i] = { status: 'rejected', reason };
        }
      }),
    );
    return answers;
  };

  return {
    append: async (streamId, events, expected) => {
      const sealed = await sealAll(streamId, events);
      const result = await inner.append(
        streamId,
        sealed.map((s) => s.event),
        expected,
      );
      return appended(streamId, events, sealed, result);
    },
    // Only where the inner store commits a group at once: otherwise callers fall back to `append`.
    ...(inner.appendMany ? { appendMany } : {}),
    readStream: async (streamId) => {
      const events = await inner.readStream(streamId);
      const subject = subjectOfStored(events[0]);
      if (subject !== null) streamSubjects.set(streamId, subject);
      return openAll(events);
    },
    readAll: async (range) => {
      const page = await inner.readAll(range);
      return { ...page, events: await openAll(page.events) };
    },
    subscribe: (subscribeOptions) => {
      const events = inner.subscribe(subscribeOptions);
      return (async function* opened() {
        for await (const event of events) yield (await openAll([event]))[0] as RecordedEvent;
      })();
    },
    headPosition: () => inner.headPosition(),
    positionToString: (position) => inner.positionToString(position),
    positionFromString: (position) => inner.positionFromString(position),
    close: async () => {
      await inner.close();
      await keys.close();
    },
  };
};
