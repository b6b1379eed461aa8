/** One cell of a CSV file. */
export type CsvCell = string | number | null | undefined;

const escapeCell = (cell: CsvCell): string => {
  const text = cell === null || cell === undefined ? '' : String(cell);
  // Quote cells that would break the row, and neutralise leading formula characters for spreadsheets.
  const safe = /^[=+\-@]/.test(text) && Number.isNaN(Number(text)) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/** A CSV document (RFC 4180, CRLF line ends) with a header row. */
export const toCsv = (header: string[], rows: CsvCell[][]): string =>
  [header, ...rows].map((row) => row.map(escapeCell).join(',')).join('\r\n') + '\r\n';

/** Offers a CSV document to the browser as a file download. */
export const downloadCsv = (filename: string, csv: string): void => {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
};
