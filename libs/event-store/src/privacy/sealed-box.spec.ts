import { describe, expect, it } from 'vitest';
import { blankPersonalLeaves } from './seal-event';
import { mapPersonalLeaves } from './personal-paths';
import { open, seal, sealingKey, UnreadableBox } from './sealed-box';

const key = sealingKey(new Uint8Array(32).fill(7));
const values = JSON.stringify(['Northwind Analytics', 'Senior Data Engineer']);

describe('sealed boxes', () => {
  it('opens a box sealed before sealing wrote IV, ciphertext and tag into one buffer (stores keep reading)', () => {
    const sealedByTheFirstFormat =
      'UkGYCgYieYMPZ5ZAYs0TXypcR+GFsM1R/YsPDY+KRlcwHK140VuWMPP8Y4YiA0kxK0dL5X1wMEAKzUYqPGGSybBka1Zldvu0FLE=';
    expect(open(key, sealedByTheFirstFormat, 'event-1')).toBe(values);
  });

  it('opens what it seals, with a fresh IV each time, bound to its context', () => {
    const first = seal(key, values, 'event-1');
    const second = seal(key, values, 'event-1');
    expect(first).not.toBe(second);
    expect(open(key, first, 'event-1')).toBe(values);
    expect(open(key, second, 'event-1')).toBe(values);
    expect(() => open(key, first, 'event-2')).toThrow(UnreadableBox);
  });

  it('seals non-ASCII text and long values (beyond its scratch buffer) intact', () => {
    const long = JSON.stringify(['Zürich — 東京 🚀', 'x'.repeat(100_000)]);
    expect(open(key, seal(key, long, 'événement-1'), 'événement-1')).toBe(long);
  });
});

describe('blanking the personal leaves of top-level paths', () => {
  it('visits leaves in the order of the general path walk, skipping absent and null ones, and leaves the data unchanged', () => {
    const data = { candidateId: 'cand-1', company: 'Northwind', role: null, notes: 'Referred', source: 'REFERRAL' };
    const paths = ['company', 'role', 'jobUrl', 'notes'];
    const blanked = blankPersonalLeaves(data, paths, '[erased]');
    const seen: unknown[] = [];
    const walked = mapPersonalLeaves(data, paths, (leaf) => (seen.push(leaf), '[erased]'));
    expect(blanked).toEqual({ data: walked, values: seen });
    expect(blanked?.values).toEqual(['Northwind', 'Referred']);
    expect(data.company).toBe('Northwind');
  });

  it('answers null when no leaf holds anything', () => {
    expect(blankPersonalLeaves({ candidateId: 'cand-1', role: null }, ['company', 'role'], '[erased]')).toBeNull();
    expect(blankPersonalLeaves(null, ['company'], '[erased]')).toBeNull();
  });
});
