import { dataExportFileName, describeError, MyDataExportQuery, saveTextFile } from '@pivotal/client';
import { useEffect, useRef, useState } from 'react';
import { useQuery } from 'urql';

/** "Download my data" for staff and analysts: their own account facts, saved as a .json file. */
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
    <>
      <button
        type="button"
        className="small"
        disabled={fetching}
        onClick={() => {
          setSavedAs(null);
          fetchExport({ requestPolicy: 'network-only' });
        }}
      >
        {fetching ? 'Preparing…' : 'Download my data'}
      </button>
      <span className="visually-hidden" role="status">
        {savedAs ? `Your data was saved as ${savedAs}.` : ''}
      </span>
      {error && !fetching ? (
        <span className="field-error" role="alert">
          {describeError(error) ?? 'Your data could not be prepared.'}
        </span>
      ) : null}
    </>
  );
};
