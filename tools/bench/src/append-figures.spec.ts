import { describe, expect, it } from 'vitest';
import { formatTable, median, perSecond } from './append-figures';

describe('append benchmark figures', () => {
  it('given an odd number of rounds, when the median is taken, then it is the middle one', () => {
    expect(median([5, 1, 3])).toBe(3);
  });

  it('given an even number of rounds, when the median is taken, then it is the mean of the middle two', () => {
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });

  it('given 500 items in 250 ms, when the rate is taken, then it is 2,000 per second', () => {
    expect(perSecond(500, 250)).toBe(2000);
  });

  it('given rows, when formatted, then each shows its median and its rounds in aligned columns', () => {
    const table = formatTable([
      { what: 'raw inserts', rounds: [1000, 3000, 2000], note: 'baseline' },
      { what: 'batched', rounds: [1500, 1600, 1700], note: '' },
    ]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^measure\s+median\/s\s+rounds\/s\s+note$/);
    expect(lines[2]).toMatch(/^raw inserts\s+2,000\s+1,000 3,000 2,000\s+baseline$/);
    expect(lines[3]).toMatch(/^batched\s+1,600\s+1,500 1,600 1,700$/);
    expect(lines[2]?.indexOf('2,000')).toBe(lines[3]?.indexOf('1,600'));
  });
});
