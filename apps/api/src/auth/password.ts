import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const scrypt = (password: string, salt: Buffer, keyLength: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCallback(password, salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key))),
  );

/** scrypt cost parameters: N = 2^14, r = 8, p = 1 (about 16 MB and a few tens of ms per hash). */
const PARAMETERS = { N: 16384, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

/** Hash a password as `scrypt$N$r$p$salt$hash` (base64), with a fresh random salt. */
export const hashPassword = async (password: string): Promise<string> => {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEY_LENGTH, PARAMETERS);
  const { N, r, p } = PARAMETERS;
  return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
};

/** Whether `password` matches `stored`; false for a malformed hash. Compares in constant time. */
export const verifyPassword = async (password: string, stored: string): Promise<boolean> => {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const options = { N: Number(n), r: Number(r), p: Number(p), maxmem: 64 * 1024 * 1024 };
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, options);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
};

/**
 * A hash of no one's password: login checks against it when the email is unknown, so that an
 * unknown email takes as long to refuse as a wrong password.
 */
export const decoyPasswordHash = hashPassword(randomBytes(12).toString('base64'));
