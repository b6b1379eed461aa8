import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The key calendar feed tokens are signed with: derived from the api's secret, so that one secret
 * is kept (and rotated) while a token of one purpose is never valid for the other.
 */
export const calendarKeyFrom = (secret: Uint8Array): Buffer =>
  createHmac('sha256', secret).update('pivotal calendar feed v1').digest();

/**
 * The unguessable part of a candidate's feed URL: an HMAC of the candidate and the feed's version.
 * Nothing is stored but the version; a reset bumps it and every earlier URL stops matching.
 */
export const calendarToken = (key: Uint8Array, candidateId: string, version: number): string =>
  createHmac('sha256', key).update(`${candidateId}\u0000${version}`).digest('base64url');

/** Whether `token` is the candidate's current one, compared in constant time. */
export const calendarTokenMatches = (
  key: Uint8Array,
  candidateId: string,
  version: number,
  token: string,
): boolean => {
  const expected = Buffer.from(calendarToken(key, candidateId, version));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
};

/** The feed's path for a candidate: `/calendar/<candidateId>/<token>.ics`. */
export const calendarPath = (key: Uint8Array, candidateId: string, version: number): string =>
  `/calendar/${encodeURIComponent(candidateId)}/${calendarToken(key, candidateId, version)}.ics`;
