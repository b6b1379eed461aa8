import { applicationStatusLabels, type ImportApplicationsCsvMutation, type ResultOf } from '@pivotal/client';

export type ImportResult = ResultOf<typeof ImportApplicationsCsvMutation>['importApplicationsCsv'];
type ImportRow = ImportResult['rows'][number];

/** What happens to a row, in words, for the preview (`done` false) or after the import. */
export const outcomeInWords = (row: ImportRow, done: boolean): string => {
  if (row.outcome === 'FAILED') return row.error ?? 'This row could not be imported.';
  if (row.duplicateOfLine !== null) return `Same as line ${row.duplicateOfLine}: imported once`;
  if (row.outcome === 'SKIPPED') return 'Already imported before';
  return done ? 'Imported' : 'Will be imported';
};

/** A summary of an import's counts in a sentence. */
export const summaryInWords = (result: ImportResult, done: boolean): string => {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return (
    [
      done
        ? `${plural(result.imported, 'application', 'applications')} imported`
        : `${plural(result.imported, 'application', 'applications')} to import`,
      `${plural(result.skipped, 'row', 'rows')} already there`,
      `${plural(result.failed, 'row', 'rows')} with errors`,
    ].join(', ') + '.'
  );
};

/** Every row of the file: its line, what it holds, and what happens (or happened) to it. */
export const ImportPreviewTable = ({ result, done }: { result: ImportResult; done: boolean }) => (
  <div className="table-scroll" tabIndex={0} role="group" aria-label="Rows of the file">
    <table className="import-preview">
      <caption>{done ? 'What the import did' : 'Preview: nothing is imported yet'}</caption>
      <thead>
        <tr>
          <th scope="col">Line</th>
          <th scope="col">Company</th>
          <th scope="col">Role</th>
          <th scope="col">Status</th>
          <th scope="col">Result</th>
        </tr>
      </thead>
      <tbody>
        {result.rows.map((row) => (
          <tr key={row.line} className={row.outcome === 'FAILED' ? 'row-failed' : undefined}>
            <th scope="row">{row.line}</th>
            <td>{row.company ?? '—'}</td>
            <td>{row.role ?? '—'}</td>
            <td>{row.status ? applicationStatusLabels[row.status] : '—'}</td>
            <td>
              {row.outcome === 'FAILED' ? (
                <>
                  <span className="badge badge-error">Error</span>{' '}
                </>
              ) : null}
              {outcomeInWords(row, done)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);
