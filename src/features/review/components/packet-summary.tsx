import type { QuarterSummary } from '../../../contract/reporting';

const parts = [
  ['summary', 'Summary'],
  ['highlights', 'Highlights'],
  ['asks', 'Decisions and asks of the board'],
] as const;

// The executive director's words, first in the packet.
export function PacketSummary({ summary }: { summary: QuarterSummary }) {
  const written = parts.filter(([key]) => summary[key].trim() !== '');
  if (written.length === 0) {
    return <p className="packet-empty">The executive director has not written a summary for this quarter yet.</p>;
  }
  return (
    <div className="packet-summary">
      {written.map(([key, title]) => (
        <section key={key} aria-labelledby={`packet-summary-${key}`}>
          <h3 id={`packet-summary-${key}`}>{title}</h3>
          <p className="packet-text">{summary[key]}</p>
        </section>
      ))}
    </div>
  );
}
