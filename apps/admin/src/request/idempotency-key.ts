/**
 * A random key that makes sending the same critique twice record it once. Built from
 * `crypto.getRandomValues`, which, unlike `crypto.randomUUID`, also exists on plain-http origins.
 */
export const newIdempotencyKey = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
