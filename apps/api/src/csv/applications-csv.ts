import type { ApplicationSheetRow } from '@pivotal/projections';
import { stringify } from 'csv-stringify/sync';
import { SHEET_HEADERS, type SheetColumn } from './csv-columns';

const ORDER: readonly SheetColumn[] = ['company', 'role', 'status', 'appliedDate', 'url', 'location', 'notes'];

/**
 * A candidate's applications as RFC 4180 CSV: a header row, then one row per application (CRLF line
 * ends, fields quoted where they hold a comma, a quote or a line break). A cell that a spreadsheet
 * would run as a formula (starting with = + - @, a tab or a carriage return) is prefixed with `'`;
 * the import drops that prefix again.
 */
export const applicationsCsv = (rows: readonly ApplicationSheetRow[]): string =>
  stringify(
    rows.map((row) => [row.company, row.role, row.status.toLowerCase(), row.appliedAt, row.jobUrl, row.location, row.notes]),
    {
      header: true,
      columns: ORDER.map((column) => SHEET_HEADERS[column]),
      record_delimiter: 'windows',
      escape_formulas: true,
    },
  );
