import { dataExportFileName, describeError, MyDataExportQuery, saveTextFile } from '@pivotal/client';
import { useEffect, useRef, useState } from 'react';
import { useQuery } from 'urql';

/** "Download my data": asks the api for the export when pressed (never from the cache) and saves it as a .json file. */
export const DownloadMyData = () => {
  const [{ data, fetching, error }, fetchExport] = useQuery({ query: MyDataExportQuery, pause: true });
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const saved = useRef<unknown>(null);

  useEffect(() => {
    if (!data || saved.current === data) return;
    saved.current = data;
    const fileName = dataExportFileName(data.myDataExport.generatedAt);
    saveTextFile(fileName, data.myDataExport.json);
    setSavedAs(fileName);
  }, [data]);

  return (
    <section aria-labelledby="export-title" className="panel">
      <h2 id="export-title">Your data</h2>
      <p>
        Download everything Pivotal holds about you: your account, every application with its interviews and
        feedback, your goals, and the history of each, as one JSON file.
      </p>
      <button
        type="button"
        disabled={fetching}
        onClick={() => {
          setSavedAs(null);
          fetchExport({ requestPolicy: 'network-only' });
        }}
      >
        {fetching ? 'Preparing your data…' : 'Download my data'}
      </button>
      <p className="confirmation" role="status">
        {savedAs ? `Saved as ${savedAs}.` : ''}
      </p>
      {error && !fetching ? (
        <p className="form-message" role="alert">
          {describeError(error) ?? 'Your data could not be prepared.'}
        </p>
      ) : null}
    </section>
  );
};
