import type { ReactElement, ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';

/** One row of a chart's table: its heading cell, then its numbers. */
export interface ChartTableRow {
  label: string;
  values: ReactNode[];
}

/** Props of a chart's figure. */
export interface ChartFigureProps {
  /** The recharts chart, hidden from assistive technology: the table says the same. */
  children: ReactElement;
  /** What the table holds, for screen readers. */
  caption: string;
  /** The column headings: the rows' heading first, then one per number. */
  columns: [string, ...string[]];
  rows: ChartTableRow[];
}

/** A chart drawn at a responsive size, with the same numbers as a table beneath. */
export const ChartFigure = ({ children, caption, columns: [rowHeading, ...numberHeadings], rows }: ChartFigureProps) => (
  <>
    <div className="chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 480, height: 260 }}>
        {children}
      </ResponsiveContainer>
    </div>
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeading}</th>
            {numberHeadings.map((heading) => (
              <th key={heading} scope="col" className="number">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.values.map((value, index) => (
                <td key={index} className="number">
                  {value}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  </>
);
