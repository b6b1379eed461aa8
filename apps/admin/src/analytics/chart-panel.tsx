import { useId, type ReactNode } from 'react';
import { downloadCsv, toCsv, type CsvCell } from './csv';
import { csvFileName, describeRange, isBackwards, type DayRange } from './date-range';

/** Props of a chart's panel. */
export interface ChartPanelProps {
  /** Short machine name, used in the CSV file name (`funnel`). */
  name: string;
  /** The heading. */
  title: string;
  /** One sentence on what the chart shows. */
  description: string;
  /** The date range and its setter; without them the chart covers all time. */
  range?: DayRange;
  onRangeChange?: (range: DayRange) => void;
  /** The chart's data as a table, for the CSV download; null while there is none. */
  csv: { header: string[]; rows: CsvCell[][] } | null;
  children: ReactNode;
}

/** A chart's frame: heading, description, date range, CSV download, then the chart and its table. */
export const ChartPanel = ({ name, title, description, range, onRangeChange, csv, children }: ChartPanelProps) => {
  const id = useId();
  const backwards = range ? isBackwards(range) : false;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="muted">{description}</p>
      <div className="chart-controls">
        {range && onRangeChange ? (
          <>
            <div className="field">
              <label htmlFor={`${id}-from`}>From</label>
              <input
                id={`${id}-from`}
                type="date"
                value={range.from}
                max={range.to || undefined}
                onChange={(e) => onRangeChange({ ...range, from: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-to`}>To</label>
              <input
                id={`${id}-to`}
                type="date"
                value={range.to}
                min={range.from || undefined}
                onChange={(e) => onRangeChange({ ...range, to: e.target.value })}
              />
            </div>
            <button type="button" onClick={() => onRangeChange({ from: '', to: '' })} disabled={!range.from && !range.to}>
              All time
            </button>
          </>
        ) : (
          <p className="muted" style={{ margin: 0 }}>
            Covers all time.
          </p>
        )}
        <button
          type="button"
          disabled={!csv}
          aria-label={`Download CSV of ${title}`}
          onClick={() => csv && downloadCsv(csvFileName(name, range ?? { from: '', to: '' }), toCsv(csv.header, csv.rows))}
        >
          Download CSV
        </button>
      </div>
      {backwards ? (
        <p className="field-error" role="alert">
          The range ends before it starts: {describeRange(range ?? { from: '', to: '' })}.
        </p>
      ) : null}
      {children}
    </section>
  );
};
