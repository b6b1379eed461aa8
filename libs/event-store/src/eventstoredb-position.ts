import type { Position } from '@eventstore/db-client';
import { InvalidPosition } from './integer-position';

/** Positions of EventStoreDB's $all: `{ commit, prepare }`, each below 2^64, as one bigint. */
const PREPARE_BITS = 64n;
const PREPARE_MASK = (1n << PREPARE_BITS) - 1n;

/** One bigint that orders as `(commit, prepare)` does: `(commit << 64n) | prepare`. */
export const encodePosition = ({ commit, prepare }: Position): bigint => (commit << PREPARE_BITS) | prepare;

export const decodePosition = (position: bigint): Position => ({
  commit: position >> PREPARE_BITS,
  prepare: position & PREPARE_MASK,
});

/** The opaque string of a position: `<commit>-<prepare>`, or `-1` before the first event. */
export const eventStoreDbPositionToString = (position: bigint): string => {
  if (position < 0n) return '-1';
  const { commit, prepare } = decodePosition(position);
  return `${commit}-${prepare}`;
};

export const eventStoreDbPositionFromString = (position: string): bigint => {
  if (position === '-1') return -1n;
  const match = /^(0|[1-9]\d{0,19})-(0|[1-9]\d{0,19})$/.exec(position);
  if (!match) throw new InvalidPosition(position);
  const [commit, prepare] = [BigInt(match[1] as string), BigInt(match[2] as string)];
  if (commit > PREPARE_MASK || prepare > PREPARE_MASK) throw new InvalidPosition(position);
  return encodePosition({ commit, prepare });
};
