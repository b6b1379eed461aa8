import { createCipheriv, createDecipheriv, createSecretKey, type KeyObject } from 'node:crypto';
import { createRandomPool } from '../random-pool';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Random IVs drawn a few thousand at a time: one call to the system's generator per pool. */
const randomBytes = createRandomPool(IV_BYTES * 4096);

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
  // A view into the pool, unchanged until the next seal: the cipher copies it, and so does the body below.
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  const aad = scratchOf(context, plaintext);
  cipher.setAAD(scratch.subarray(0, aad));
  const ciphertext = cipher.update(scratch.subarray(aad, aad + scratchPlain));
  cipher.final();
  // IV, ciphertext and tag written once, into one buffer, then encoded.
  const body = Buffer.allocUnsafe(IV_BYTES + ciphertext.length + TAG_BYTES);
  iv.copy(body, 0);
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
