import { createHash } from 'node:crypto';
import type { ApplicationStatus } from '@pivotal/domain';
import { parse } from 'csv-parse/sync';
import { columnOfHeader, SHEET_HEADERS, type SheetColumn } from './csv-columns';
import { instantOfCell } from './csv-date';
import { statusOfCell } from './csv-status';

/** The most data rows one import takes (a 5,000-row file imports in one request). */
export const MAX_IMPORT_ROWS = 5000;
/** The most characters a CSV to import may have (5,000 rows of 600 characters), within the 4 MB request body. */
export const MAX_IMPORT_CHARS = 3_000_000;

/** One row of the sheet as an application to log: text as written (trimmed), status and date understood. */
export interface SheetApplication {
  readonly company: string;
  readonly role: string;
  readonly status: ApplicationStatus;
  /** ISO 8601 UTC; null when the cell was blank (the application is then dated at the import). */
  readonly appliedAt: string | null;
  readonly jobUrl: string | null;
  readonly location: string | null;
  readonly notes: string | null;
  /** A digest of the normalised row: the same row, wherever and however often it comes, has the same key. */
  readonly key: string;
}

/** A data row of the file: its line number (of its first line, the header being line 1) and what it holds. */
export type SheetRow =
  | { readonly line: number; readonly application: SheetApplication; readonly error?: undefined }
  | {
      readonly line: number;
      readonly application?: undefined;
      readonly error: string;
      /** What the row names, as written, to tell the reader which row failed. */
      readonly company: string | null;
      readonly role: string | null;
    };

/** The file cannot be read as a sheet of applications at all; nothing of it is imported. */
export class UnreadableSheet extends Error {
  override readonly name = 'UnreadableSheet';
}

// Excel writes `;` where the decimal separator is a comma; tabs come from copying cells.
const delimiterOf = (headerLine: string): string => {
  const counts = [',', ';', '\t'].map((d) => [d, headerLine.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
};

// The `'` a spreadsheet-safe export puts before a cell that would otherwise run as a formula.
const FORMULA_GUARD = /^'(?=[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20])/;

const text = (cell: string | undefined): string | null => {
  const trimmed = cell?.replace(FORMULA_GUARD, '').trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

const keyOf = (row: Omit<SheetApplication, 'key'>): string =>
  createHash('sha256')
    .update(
      JSON.stringify([
        row.company.replace(/\s+/g, ' ').toLowerCase(),
        row.role.replace(/\s+/g, ' ').toLowerCase(),
        row.status,
        row.appliedAt,
        row.jobUrl,
        row.location?.replace(/\s+/g, ' ').toLowerCase() ?? null,
        row.notes,
      ]),
    )
    .digest('hex');

const applicationOf = (cells: Partial<Record<SheetColumn, string>>): SheetApplication | string => {
  const company = text(cells.company);
  const role = text(cells.role);
  if (company === null) return 'company is missing';
  if (role === null) return 'role is missing';
  const status = statusOfCell(cells.status ?? '');
  if ('error' in status) return status.error;
  const dateCell = text(cells.appliedDate);
  const appliedAt = dateCell === null ? null : instantOfCell(dateCell);
  if (dateCell !== null && appliedAt === null) {
    return `applied date "${dateCell}" is not a date: write 2026-03-01, 03/01/2026 (month first) or Mar 1, 2026`;
  }
  const row = {
    company,
    role,
    status: status.status,
    appliedAt,
    jobUrl: text(cells.url),
    location: text(cells.location),
    notes: text(cells.notes),
  };
  return { ...row, key: keyOf(row) };
};

interface ParsedRecord {
  record: string[];
  raw: string;
}

/** Line breaks inside a record's raw text, less the one that ends it. */
const innerLineBreaks = (raw: string): number => raw.replace(/(\r\n|\r|\n)$/, '').match(/\r\n|\r|\n/g)?.length ?? 0;

/**
 * Reads a CSV of applications (RFC 4180: quoted fields may hold commas, quotes and line breaks; a
 * UTF-8 BOM is dropped; `;` and tab separators are recognised from the header). The first row is
 * the header, matched to Pivotal's columns by name in any case (see `HEADER_ALIASES`); columns it
 * does not know are ignored. Each data row answers an application or its own error; blank rows are
 * skipped. Throws {@link UnreadableSheet} when the file as a whole cannot be used.
 */
export const parseApplicationsCsv = (csv: string): SheetRow[] => {
  if (csv.length > MAX_IMPORT_CHARS) {
    throw new UnreadableSheet(`the file has more than ${MAX_IMPORT_CHARS.toLocaleString('en')} characters: split it`);
  }
  const withoutBom = csv.replace(/^\uFEFF/, '');
  let records: ParsedRecord[];
  try {
    records = parse(withoutBom, {
      delimiter: delimiterOf(withoutBom.split(/\r?\n/, 1)[0] ?? ''),
      relax_column_count: true,
      // A quote inside an unquoted field (`5" screen`) is kept as text, as spreadsheets read it.
      relax_quotes: true,
      // Blank lines are kept as records (and skipped below) so that counting raw text gives line numbers.
      skip_empty_lines: false,
      raw: true,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    throw new UnreadableSheet(`the file is not valid CSV: ${(error as Error).message}`);
  }
  const lines: number[] = [];
  let next = 1;
  for (const { raw } of records) {
    lines.push(next);
    next += innerLineBreaks(raw) + 1;
  }
  const blank = (record: string[]) => record.every((cell) => cell.trim() === '');
  const numbered = records.map((record, i) => ({ ...record, line: lines[i] as number })).filter((r) => !blank(r.record));
  const [header, ...data] = numbered;
  if (!header) throw new UnreadableSheet('the file is empty: it needs a header row and a row per application');
  const columns = header.record.map(columnOfHeader);
  for (const required of ['company', 'role'] as const) {
    if (!columns.includes(required)) {
      throw new UnreadableSheet(
        `the header has no ${SHEET_HEADERS[required]} column (found: ${header.record.map((h) => `"${h.trim()}"`).join(', ')})`,
      );
    }
  }
  if (data.length > MAX_IMPORT_ROWS) {
    throw new UnreadableSheet(
      `the file has ${data.length.toLocaleString('en')} rows; at most ${MAX_IMPORT_ROWS.toLocaleString('en')} are imported at once: split it`,
    );
  }
  const rows: SheetRow[] = [];
  for (const { record, line } of data) {
    const cells: Partial<Record<SheetColumn, string>> = {};
    // The first column of a name wins: a sheet with both "Title" and "Job Title" keeps the first.
    record.forEach((cell, i) => {
      const column = columns[i];
      if (column && cells[column] === undefined) cells[column] = cell;
    });
    const application = applicationOf(cells);
    rows.push(
      typeof application === 'string'
        ? { line, error: application, company: text(cells.company), role: text(cells.role) }
        : { line, application },
    );
  }
  return rows;
};
