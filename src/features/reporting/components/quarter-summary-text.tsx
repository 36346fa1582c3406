import './reporting.css';
import type { QuarterSummary } from '../../../contract/reporting';

const parts = [
  ['summary', 'Summary'],
  ['highlights', 'Highlights'],
  ['asks', 'Decisions and asks of the board'],
] as const;

// The executive director's words, first in the review and the packet.
export function QuarterSummaryText({ summary }: { summary: QuarterSummary }) {
  const written = parts.filter(([key]) => summary[key].trim() !== '');
  if (written.length === 0) {
    return <p className="quarter-summary-empty">The executive director has not written a summary for this quarter yet.</p>;
  }
  return (
    <div className="quarter-summary">
      {written.map(([key, title]) => (
        <section key={key} aria-labelledby={`quarter-summary-${key}`}>
          <h3 id={`quarter-summary-${key}`}>{title}</h3>
          <p className="quarter-summary-text">{summary[key]}</p>
        </section>
      ))}
    </div>
  );
}
