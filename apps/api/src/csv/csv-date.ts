import { isValid, parse } from 'date-fns';

/**
 * The date formats an imported row's applied date may have (date-fns patterns), besides ISO 8601
 * with a time zone. Dates with slashes are read month first (03/01/2026 is 1 March), as US
 * spreadsheets and the trackers' exports write them. A time without a zone is read as UTC.
 */
export const DATE_FORMATS = [
  'yyyy-MM-dd',
  'yyyy-MM-dd HH:mm',
  'yyyy-MM-dd HH:mm:ss',
  "yyyy-MM-dd'T'HH:mm",
  "yyyy-MM-dd'T'HH:mm:ss",
  'yyyy/MM/dd',
  'MM/dd/yyyy',
  'M/d/yyyy',
  'MM/dd/yyyy HH:mm',
  'M/d/yyyy H:mm',
  'dd.MM.yyyy',
  'd MMM yyyy',
  'd MMMM yyyy',
  'MMM d, yyyy',
  'MMMM d, yyyy',
  'MMM d yyyy',
  'MMMM d yyyy',
] as const;

// A date-time with an explicit offset: the domain's own ISO form, passed on as it is.
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;
const REFERENCE = new Date(2000, 0, 1);

/** The instant a date cell means (ISO 8601, UTC), or null when it is in none of the accepted formats. */
export const instantOfCell = (cell: string): string | null => {
  const text = cell.trim().replace(/\s+/g, ' ');
  if (ISO_WITH_ZONE.test(text)) {
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? null : new Date(ms).toISOString();
  }
  for (const format of DATE_FORMATS) {
    const local = parse(text, format, REFERENCE);
    if (!isValid(local)) continue;
    // date-fns reads into the server's zone; the cell's figures are taken as UTC whatever that is.
    return new Date(
      Date.UTC(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes(), local.getSeconds()),
    ).toISOString();
  }
  return null;
};
