import { describe, expect, it } from 'vitest';
import {
  decodePosition,
  encodePosition,
  eventStoreDbPositionFromString,
  eventStoreDbPositionToString,
} from './eventstoredb-position';

describe('EventStoreDB positions', () => {
  const max = (1n << 64n) - 1n;

  it('given commit and prepare, when encoded and decoded, then they come back unchanged', () => {
    for (const position of [
      { commit: 0n, prepare: 0n },
      { commit: 1024n, prepare: 980n },
      { commit: max, prepare: max },
    ]) {
      expect(decodePosition(encodePosition(position))).toEqual(position);
    }
  });

  it('given two positions, when encoded, then the bigints order as (commit, prepare) does', () => {
    const earlier = encodePosition({ commit: 10n, prepare: max });
    const later = encodePosition({ commit: 11n, prepare: 0n });
    expect(earlier).toBeLessThan(later);
    expect(encodePosition({ commit: 11n, prepare: 1n })).toBeGreaterThan(later);
  });

  it('given a position, when written as a string and read back, then it is the same position', () => {
    const position = encodePosition({ commit: 4_000_000_123n, prepare: 4_000_000_001n });
    expect(eventStoreDbPositionToString(position)).toBe('4000000123-4000000001');
    expect(eventStoreDbPositionFromString(eventStoreDbPositionToString(position))).toBe(position);
    expect(eventStoreDbPositionFromString(eventStoreDbPositionToString(-1n))).toBe(-1n);
  });

  it('given a string no adapter wrote, when read, then it is refused', () => {
    for (const text of ['42', '1-', '-1-2', '01-2', `${max + 1n}-0`, 'start']) {
      expect(() => eventStoreDbPositionFromString(text)).toThrow(/not a position/);
    }
  });
});
