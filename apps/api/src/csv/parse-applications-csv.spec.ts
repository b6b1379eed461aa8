import { describe, expect, it } from 'vitest';
import { columnOfHeader } from './csv-columns';
import { instantOfCell } from './csv-date';
import { statusOfCell } from './csv-status';
import { MAX_IMPORT_ROWS, parseApplicationsCsv, UnreadableSheet, type SheetRow } from './parse-applications-csv';

const applicationAt = (rows: SheetRow[], line: number) => {
  const row = rows.find((r) => r.line === line);
  if (!row?.application) throw new Error(`line ${line} is ${JSON.stringify(row)}`);
  return row.application;
};

describe('reading a CSV of applications', () => {
  it('reads Pivotal’s own columns, every cell trimmed, blank cells null', () => {
    const rows = parseApplicationsCsv(
      'Company,Role,Status,Applied date,URL,Location,Notes\n Acme , Engineer ,applied,2026-03-01,https://acme.example/1,Berlin,\n',
    );
    expect(rows).toEqual([
      {
        line: 2,
        application: {
          company: 'Acme',
          role: 'Engineer',
          status: 'APPLIED',
          appliedAt: '2026-03-01T00:00:00.000Z',
          jobUrl: 'https://acme.example/1',
          location: 'Berlin',
          notes: null,
          key: expect.stringMatching(/^[0-9a-f]{64}$/),
        },
      },
    ]);
  });

  it('matches header names in any case, with Huntr’s and Teal’s names, in any order, ignoring unknown columns', () => {
    const rows = parseApplicationsCsv(
      'JOB TITLE,company name,Salary,Stage,Date Applied,Job URL,LOCATION,Description\nDesigner,Globex,90k,Offer,03/01/2026,https://globex.example,Remote,Nice team\n',
    );
    expect(applicationAt(rows, 2)).toMatchObject({
      company: 'Globex',
      role: 'Designer',
      status: 'OFFER',
      appliedAt: '2026-03-01T00:00:00.000Z',
      jobUrl: 'https://globex.example',
      location: 'Remote',
      notes: 'Nice team',
    });
    for (const [header, column] of [
      ['Position', 'role'],
      ['Title', 'role'],
      ['Applied At', 'appliedDate'],
      ['Link', 'url'],
      ['Post URL', 'url'],
      ['post_url', 'url'],
      ['Notes', 'notes'],
      ['Employer', 'company'],
      ['Favourite colour', null],
    ] as const) {
      expect(columnOfHeader(header)).toBe(column);
    }
  });

  it('keeps quoted fields with commas, quotes and line breaks, numbering rows by the line they start on', () => {
    const rows = parseApplicationsCsv(
      'Company,Role,Notes\r\n"Acme, Inc.",Engineer,"Said ""call me"",\r\nthen nothing"\r\nGlobex,Analyst,\r\n',
    );
    expect(applicationAt(rows, 2)).toMatchObject({ company: 'Acme, Inc.', notes: 'Said "call me",\r\nthen nothing' });
    expect(applicationAt(rows, 4)).toMatchObject({ company: 'Globex', role: 'Analyst' });
  });

  it('drops a UTF-8 BOM before the header', () => {
    expect(applicationAt(parseApplicationsCsv('\uFEFFCompany,Role\nAcme,Engineer\n'), 2).company).toBe('Acme');
  });

  it('reads a sheet separated by semicolons, as Excel writes in many countries', () => {
    expect(applicationAt(parseApplicationsCsv('Company;Role;Status\nAcme;Engineer;rejected\n'), 2)).toMatchObject({
      company: 'Acme',
      status: 'REJECTED',
    });
  });

  it('skips blank lines but keeps counting them', () => {
    const rows = parseApplicationsCsv('Company,Role\n\nAcme,Engineer\n,\n\nGlobex,Analyst');
    expect(rows.map((r) => r.line)).toEqual([3, 6]);
  });

  it('answers a bad row with its own error and reads the rows after it', () => {
    const rows = parseApplicationsCsv(
      [
        'Company,Role,Status,Date applied',
        ',Engineer,applied,2026-03-01',
        'Acme,,applied,2026-03-01',
        'Acme,Engineer,ghosting us,2026-03-01',
        'Acme,Engineer,applied,31/02/2026',
        'Acme,Engineer,Wishlist,',
        'Globex,Analyst,rejected,2026-03-02',
      ].join('\n'),
    );
    expect(rows[2]).toMatchObject({ line: 4, company: 'Acme', role: 'Engineer' });
    expect(rows.map((r) => [r.line, r.error ?? 'ok'])).toEqual([
      [2, 'company is missing'],
      [3, 'role is missing'],
      [4, expect.stringContaining('status "ghosting us" is not one Pivotal knows')],
      [5, expect.stringContaining('applied date "31/02/2026" is not a date')],
      [6, expect.stringContaining('not applied for yet')],
      [7, 'ok'],
    ]);
  });

  it('gives the same key to the same row however it is written, and another key to any other row', () => {
    const rows = parseApplicationsCsv(
      [
        'Company,Role,Status,Date applied',
        'Acme,Engineer,Applied,2026-03-01',
        ' acme ,ENGINEER,applied,03/01/2026',
        'Acme,Engineer,rejected,2026-03-01',
        'Acme,Engineer,applied,2026-03-02',
      ].join('\n'),
    );
    const keys = rows.map((r) => r.application?.key);
    expect(keys[0]).toBe(keys[1]);
    expect(new Set(keys).size).toBe(3);
  });

  it('drops the apostrophe a spreadsheet-safe export put before a formula-like cell', () => {
    expect(applicationAt(parseApplicationsCsv("Company,Role,Notes\n'=Acme,'+Engineer,'-3 rounds\n"), 2)).toMatchObject({
      company: '=Acme',
      role: '+Engineer',
      notes: '-3 rounds',
    });
  });

  it('refuses a file without a company or role column, naming what it found', () => {
    expect(() => parseApplicationsCsv('Firm,Role\nAcme,Engineer\n')).toThrow(UnreadableSheet);
    expect(() => parseApplicationsCsv('Firm,Role\nAcme,Engineer\n')).toThrow('no Company column (found: "Firm", "Role")');
    expect(() => parseApplicationsCsv('')).toThrow('the file is empty');
  });

  it('refuses a file that is not CSV (an unclosed quote)', () => {
    expect(() => parseApplicationsCsv('Company,Role\n"Acme,Engineer\n')).toThrow('not valid CSV');
  });

  it(`takes ${MAX_IMPORT_ROWS} rows and refuses one more`, () => {
    const file = (n: number) => `Company,Role\n${Array.from({ length: n }, (_, i) => `Acme ${i},Engineer`).join('\n')}`;
    expect(parseApplicationsCsv(file(MAX_IMPORT_ROWS))).toHaveLength(MAX_IMPORT_ROWS);
    expect(() => parseApplicationsCsv(file(MAX_IMPORT_ROWS + 1))).toThrow('the file has 5,001 rows; at most 5,000');
  });
});

describe('an imported status', () => {
  it.each([
    ['', 'APPLIED'],
    ['Applied', 'APPLIED'],
    ['No Response 🔇', 'APPLIED'],
    ['Interviewing', 'INTERVIEWING'],
    ['Phone screen', 'INTERVIEWING'],
    ['OFFER', 'OFFER'],
    ['Negotiating', 'OFFER'],
    ['Rejected', 'REJECTED'],
    ['Not Selected', 'REJECTED'],
    ['I Withdrew', 'WITHDRAWN'],
    ['withdrawn', 'WITHDRAWN'],
  ])('reads %j as %s', (cell, status) => expect(statusOfCell(cell)).toEqual({ status }));

  it('answers an error for a status it does not know', () =>
    expect(statusOfCell('Maybe')).toEqual({ error: expect.stringContaining('use applied, interviewing, offer, rejected or withdrawn') }));
});

describe('an imported applied date', () => {
  it.each([
    ['2026-03-01', '2026-03-01T00:00:00.000Z'],
    ['2026-03-01T10:30:00Z', '2026-03-01T10:30:00.000Z'],
    ['2026-03-01T10:30:00+02:00', '2026-03-01T08:30:00.000Z'],
    ['2026-03-01 10:30', '2026-03-01T10:30:00.000Z'],
    ['03/01/2026', '2026-03-01T00:00:00.000Z'],
    ['3/1/2026', '2026-03-01T00:00:00.000Z'],
    ['2026/03/01', '2026-03-01T00:00:00.000Z'],
    ['01.03.2026', '2026-03-01T00:00:00.000Z'],
    ['Mar 1, 2026', '2026-03-01T00:00:00.000Z'],
    ['Mar 1 2026', '2026-03-01T00:00:00.000Z'],
    ['1 March 2026', '2026-03-01T00:00:00.000Z'],
  ])('reads %j as %s', (cell, instant) => expect(instantOfCell(cell)).toBe(instant));

  it.each(['2026-02-30', '13/01/2026', 'yesterday', '2026-03-01T10:30:00 PST'])('refuses %j', (cell) =>
    expect(instantOfCell(cell)).toBeNull());
});
