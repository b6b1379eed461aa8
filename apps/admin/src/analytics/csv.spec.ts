import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('CSV export', () => {
  it('writes a header and one line per row, CRLF-ended', () => {
    expect(toCsv(['step', 'count'], [['applied', 12], ['offers', 0]])).toBe('step,count\r\napplied,12\r\noffers,0\r\n');
  });

  it('quotes cells with commas, quotes or line breaks, and leaves empty cells empty', () => {
    expect(toCsv(['a', 'b', 'c'], [['x, y', 'say "hi"', null]])).toBe('a,b,c\r\n"x, y","say ""hi""",\r\n');
  });

  it('defuses spreadsheet formulas but keeps negative numbers', () => {
    expect(toCsv(['v'], [['=SUM(A1)'], [-3]])).toBe("v\r\n'=SUM(A1)\r\n-3\r\n");
  });
});
