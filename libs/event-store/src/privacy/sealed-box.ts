import { createCipheriv, createDecipheriv, createSecretKey, randomFillSync, type KeyObject } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Random IVs drawn a few thousand at a time: one call to the system's generator per pool. */
const ivPool = Buffer.alloc(IV_BYTES * 4096);
let ivAt = ivPool.length;
const nextIv = (): Buffer => {
  if (ivAt === ivPool.length) {
    randomFillSync(ivPool);
    ivAt = 0;
  }
  // A view, not a copy: the cipher copies its IV, and the pool is only refilled once every slice is used.
  const iv = ivPool.subarray(ivAt, ivAt + IV_BYTES);
  ivAt += IV_BYTES;
  return iv;
};

/** A subject's key as the cipher takes it: imported once, since importing costs as much as sealing. */
export type SealingKey = KeyObject;

export const sealingKey = (key: Uint8Array): SealingKey => createSecretKey(key);

/** A box that was not sealed under this key, or was altered since. */
export class UnreadableBox extends Error {
  constructor(readonly context: string) {
    super(`the personal data of ${context} does not open with its subject's key (altered, or another key)`);
    this.name = 'UnreadableBox';
  }
}

/**
 * AES-256-GCM under `key`, with a fresh random 96-bit IV; `context` (the event id) is authenticated
 * with it, so a box moved to another event does not open. Answers base64 of IV, ciphertext and tag.
 */
export const seal = (key: SealingKey, plaintext: string, context: string): string => {
  const iv = nextIv();
  const cipher = createCipheriv(ALGORITHM, key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([iv, cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return body.toString('base64');
};

/** The plaintext of a box made by {@link seal}; {@link UnreadableBox} when it does not authenticate. */
export const open = (key: SealingKey, box: string, context: string): string => {
  const body = Buffer.from(box, 'base64');
  if (body.length < IV_BYTES + TAG_BYTES) throw new UnreadableBox(context);
  const decipher = createDecipheriv(ALGORITHM, key, body.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
  try {
    return decipher.update(body.subarray(IV_BYTES, body.length - TAG_BYTES), undefined, 'utf8') + decipher.final('utf8');
  } catch {
    throw new UnreadableBox(context);
  }
};
