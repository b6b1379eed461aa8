import { createHash } from 'node:crypto';

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
