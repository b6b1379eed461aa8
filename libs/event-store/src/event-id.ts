import { createHash } from 'node:crypto';
import { v7 as uuidV7 } from 'uuid';
import { createRandomPool } from './random-pool';

/** Pivotal's namespace for name-based event ids (a fixed random UUID). */
export const EVENT_ID_NAMESPACE = '5c0f5d1e-8f8e-4a43-9d0e-3b7f2f6a1c42';

const bytesOf = (uuid: string): Buffer => Buffer.from(uuid.replace(/-/g, ''), 'hex');

const format = (hex: string): string =>
  `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;

/** A name-based UUID (RFC 9562 version 5: SHA-1 of namespace and name). */
export const uuidV5 = (name: string, namespace: string): string => {
  const hash = createHash('sha1').update(bytesOf(namespace)).update(name, 'utf8').digest();
  hash[6] = ((hash[6] as number) & 0x0f) | 0x50;
  hash[8] = ((hash[8] as number) & 0x3f) | 0x80;
  return format(hash.subarray(0, 16).toString('hex'));
};

/**
 * The id of the `index`-th event a command with this idempotency key appends to this stream: the
 * same on every retry, so a replayed append is recognized (here and by EventStoreDB).
 */
export const idempotentEventId = (streamId: string, idempotencyKey: string, index: number): string =>
  uuidV5(JSON.stringify([streamId, idempotencyKey, index]), EVENT_ID_NAMESPACE);

/** What makes a reproducible event id: the instant it stands for, and 16 bytes of seeded randomness. */
export interface SeededEventId {
  readonly msecs: number;
  readonly random: Uint8Array;
}

/**
 * The id of a new event: a time-ordered UUID (RFC 9562 version 7), so that ids made one after
 * another sort one after another and the store's unique index on them grows at its right edge,
 * rather than each event dirtying a random page of it. Within this process the ids strictly
 * increase (the library keeps a counter within a millisecond). `seeded` makes the same id again
 * from the same instant and bytes (generated histories, reproducible from a seed). The one way
 * Pivotal makes an event id; only an idempotency key makes one otherwise (`idempotentEventId`).
 */
export const newEventId = (seeded?: SeededEventId): string => (seeded ? uuidV7(seeded) : nextTimeOrderedId());

/**
 * Random bytes drawn 4 KB at a time: the uuid package draws 16 fresh bytes for each id it keeps
 * in order itself, about 5 µs of CPU per id here (a getrandom per call); from a pool, 0.3–0.5 µs.
 */
const randomBytes = createRandomPool(4096);

/**
 * The uuid package's own ordering (RFC 9562 6.2, method 1), kept here because it keeps it only
 * when it draws its own bytes: within one millisecond the ids count up from a random start, and a
 * counter that wraps moves on to the next millisecond, so this process's ids strictly increase.
 */
let lastMsecs = -Infinity;
let counter = 0;
const nextTimeOrderedId = (): string => {
  const random = randomBytes(16);
  const now = Date.now();
  if (now > lastMsecs) {
    lastMsecs = now;
    counter =
      (((random[6] as number) & 0x7f) << 24) |
      ((random[7] as number) << 16) |
      ((random[8] as number) << 8) |
      (random[9] as number);
  } else {
    counter = (counter + 1) | 0;
    if (counter === 0) lastMsecs += 1;
  }
  return uuidV7({ msecs: lastMsecs, seq: counter, random });
};

/**
 * The id of a new entity whose stream is named for it (`application-<id>`, `goal-<id>`): time-ordered
 * like event ids, so that a new stream's key lands at the right edge of the UNIQUE(stream_id,
 * revision) index, next to the other recent (and busiest) streams, instead of on a random page.
 */
export const newEntityId = (): string => nextTimeOrderedId();
