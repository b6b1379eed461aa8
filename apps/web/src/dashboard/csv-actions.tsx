import { ApplicationsCsvQuery, describeError } from '@pivotal/client';
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { Link } from '../routing/router';
import { FormMessage } from '../ui/form-fields';
import { downloadFile } from '../ui/download-file';

/** Your applications out to a spreadsheet (applications.csv), or in from one or from another tracker. */
export const CsvActions = () => {
  const [wanted, setWanted] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [{ data, fetching, error }, fetchCsv] = useQuery({ query: ApplicationsCsvQuery, pause: true });

  useEffect(() => {
    if (!wanted || fetching) return;
    if (data) {
      downloadFile('applications.csv', data.applicationsCsv);
      setSaved('Your applications were saved as applications.csv.');
    }
    if (data || error) setWanted(false);
  }, [wanted, fetching, data, error]);

  const download = () => {
    setSaved(null);
    setWanted(true);
    fetchCsv({ requestPolicy: 'network-only' });
  };

  return (
    <section aria-labelledby="csv-title" className="panel">
      <h2 id="csv-title">Spreadsheets</h2>
      <p>Keep a copy of your applications, or bring them over from a spreadsheet, Huntr or Teal.</p>
      <div className="actions">
        <button
          type="button"
          className="button-secondary"
          onClick={download}
          disabled={wanted}
          aria-busy={wanted}
        >
          {wanted ? 'Preparing the CSV…' : 'Download CSV'}
        </button>
        <Link to="/import">Import from a CSV</Link>
      </div>
      {!wanted && error ? (
        <FormMessage message={describeError(error) ?? 'The CSV could not be prepared.'} />
      ) : null}
      <p className="confirmation" role="status" aria-live="polite">
        {saved}
      </p>
    </section>
  );
};
