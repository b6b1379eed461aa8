import { ImportApplicationsCsvMutation } from '@pivotal/client';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Link } from '../routing/router';
import { useDocumentTitle } from '../shell/document-title';
import { formErrorsFor } from '../ui/form-errors';
import { FormMessage, TextAreaField, TextField } from '../ui/form-fields';
import { ImportPreviewTable, summaryInWords, type ImportResult } from './import-preview-table';
import { readFileText } from './read-file-text';

/**
 * Import applications from a CSV: choose a file (or paste its text), see the preview (a dry run:
 * every row with what would happen to it, errors included), then import; the summary says what was
 * done. Importing the same file again makes nothing twice.
 */
export const ImportScreen = () => {
  useDocumentTitle('Import applications');
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [imported, setImported] = useState<ImportResult | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [previewResult, runPreview] = useMutation(ImportApplicationsCsvMutation);
  const [importResult, runImport] = useMutation(ImportApplicationsCsvMutation);
  const error = importResult.error ?? previewResult.error;
  const { fieldErrors, message } = formErrorsFor(error, ['csv']);
  const busy = previewResult.fetching || importResult.fetching;

  const changed = (text: string) => {
    setCsv(text);
    setPreview(null);
    setImported(null);
  };

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setReadError(null);
    if (!file) return;
    try {
      changed(await readFileText(file));
      setFileName(file.name);
    } catch {
      setReadError(`${file.name} could not be read.`);
    }
  };

  const check = async (event: FormEvent) => {
    event.preventDefault();
    setImported(null);
    const answer = await runPreview({ csv, dryRun: true });
    setPreview(answer.data?.importApplicationsCsv ?? null);
  };

  const confirm = async () => {
    const answer = await runImport({ csv, dryRun: false });
    if (answer.data) {
      setImported(answer.data.importApplicationsCsv);
      setPreview(null);
    }
  };

  return (
    <section aria-labelledby="import-title" className="screen">
      <p className="breadcrumb">
        <Link to="/">Dashboard</Link>
      </p>
      <h1 id="import-title" tabIndex={-1}>
        Import applications
      </h1>
      <p>
        A CSV with a header row: <strong>Company</strong> and <strong>Role</strong> (or Job Title, Position,
        Title), and if you have them Status (Stage), Applied date (Date Applied), URL (Job URL, Link),
        Location and Notes. Exports of Huntr and Teal work as they are. Up to 5,000 rows at once.
      </p>
      <form onSubmit={check} noValidate className="panel" aria-busy={busy}>
        <TextField
          label="CSV file"
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={chooseFile}
          error={readError ?? undefined}
          {...(fileName ? { hint: `Chosen: ${fileName}` } : {})}
        />
        <TextAreaField
          label="Or paste the CSV"
          rows={6}
          value={csv}
          onChange={(event) => {
            setFileName(null);
            changed(event.target.value);
          }}
          error={fieldErrors['csv']}
          spellCheck={false}
        />
        <div className="actions">
          <button type="submit" disabled={busy || csv.trim() === ''}>
            {previewResult.fetching ? 'Checking the file…' : 'Preview import'}
          </button>
        </div>
      </form>
      <FormMessage message={message} />
      <div role="status" aria-live="polite">
        {preview ? <p>{summaryInWords(preview, false)}</p> : null}
        {importResult.fetching ? <p>Importing…</p> : null}
        {imported ? (
          <p className="confirmation">
            Done: {summaryInWords(imported, true)} <Link to="/">See them on your dashboard</Link>
          </p>
        ) : null}
      </div>
      {preview ? (
        <section aria-labelledby="preview-title" className="panel">
          <h2 id="preview-title">Preview</h2>
          <ImportPreviewTable result={preview} done={false} />
          <div className="actions">
            <button
              type="button"
              onClick={confirm}
              disabled={busy || preview.imported === 0}
              aria-busy={importResult.fetching}
            >
              {importResult.fetching
                ? 'Importing…'
                : preview.imported === 0
                  ? 'Nothing new to import'
                  : `Import ${preview.imported} ${preview.imported === 1 ? 'application' : 'applications'}`}
            </button>
          </div>
        </section>
      ) : null}
      {imported ? (
        <section aria-labelledby="result-title" className="panel">
          <h2 id="result-title">Imported</h2>
          <ImportPreviewTable result={imported} done />
        </section>
      ) : null}
    </section>
  );
};
