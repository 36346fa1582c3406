import { Suspense, useId, useState, type ReactNode } from 'react';
import './chart-frame.css';

interface ChartFrameProps {
  title: string;
  headingLevel?: 2 | 3 | 4;
  // One sentence that says what the chart shows, for everyone (and the chart's accessible name).
  summary: string;
  legend?: ReactNode;
  // The same numbers as a <table>: the chart's text alternative.
  table: ReactNode;
  // Nothing to draw: the message says why; the table toggle stays.
  empty?: string | undefined;
  // The chart itself; one that brings recharts is loaded lazily, so it never delays a screen.
  children: ReactNode;
}

export function ChartLoading() {
  return <p className="chart-loading">Drawing the chart…</p>;
}

// The one frame every chart sits in: title, summary line, legend, the chart,
// and a button that opens its numbers as a table.
export function ChartFrame({ title, headingLevel = 3, summary, legend, table, empty, children }: ChartFrameProps) {
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <figure className="chart-frame">
      <figcaption>
        <Heading className="chart-title">{title}</Heading>
        <p className="chart-summary">{summary}</p>
      </figcaption>
      {legend}
      {empty ? (
        <p className="chart-empty">{empty}</p>
      ) : (
        <div className="chart-area" role="img" aria-label={`${title}. ${summary}`}>
          <Suspense fallback={<ChartLoading />}>{children}</Suspense>
        </div>
      )}
      <button
        type="button"
        className="chart-table-toggle"
        aria-expanded={showTable}
        aria-controls={tableId}
        onClick={() => setShowTable((shown) => !shown)}
      >
        {showTable ? 'Hide the numbers' : 'Show the numbers as a table'}
      </button>
      <div id={tableId} className="chart-table" hidden={!showTable}>
        {table}
      </div>
    </figure>
  );
}
