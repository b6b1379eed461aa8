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

/** The AAD and the plaintext of the box being sealed, as utf8, side by side: no buffer per call. */
let scratch = Buffer.allocUnsafe(64 * 1024);
let scratchPlain = 0;
/** Writes `context` then `plaintext` into the scratch buffer; answers the byte length of `context`. */
const scratchOf = (context: string, plaintext: string): number => {
  // At most 3 bytes of utf8 per UTF-16 unit: room enough without measuring either string.
  const room = 3 * (context.length + plaintext.length);
  if (room > scratch.length) scratch = Buffer.allocUnsafe(room);
  const aad = scratch.write(context, 0, 'utf8');
  scratchPlain = scratch.write(plaintext, aad, 'utf8');
  return aad;
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
  const cipher = createCipheriv(ALGORITHM, key, nextIv());
  // The IV was read from the pool just now: `ivAt` has moved past it, and the pool is unchanged.
  const ivStart = ivAt - IV_BYTES;
  const aad = scratchOf(context, plaintext);
  cipher.setAAD(scratch.subarray(0, aad));
  const ciphertext = cipher.update(scratch.subarray(aad, aad + scratchPlain));
  cipher.final();
  // IV, ciphertext and tag written once, into one buffer, then encoded.
  const body = Buffer.allocUnsafe(IV_BYTES + ciphertext.length + TAG_BYTES);
  ivPool.copy(body, 0, ivStart, ivStart + IV_BYTES);
  ciphertext.copy(body, IV_BYTES);
  cipher.getAuthTag().copy(body, IV_BYTES + ciphertext.length);
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
