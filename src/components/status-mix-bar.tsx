import { statusIds, statusLabels } from '../contract/ids';
import type { StatusCounts } from '../contract/status-history';
import { formatCount } from '../domain/format-count';

export function describeMix(counts: StatusCounts): string {
  const parts = statusIds.filter((id) => counts[id] > 0).map((id) => `${formatCount(counts[id])} ${statusLabels[id].toLowerCase()}`);
  return parts.length === 0 ? 'no actions' : parts.join(', ');
}

// A small stacked bar of how a set of actions stands. It is an image with the
// same numbers as its name and tooltip, for screen readers and for the eye.
// Drawn in SVG, whose sizes are attributes: the Content-Security-Policy
// forbids style attributes in the server-rendered page.
export function StatusMixBar({ counts }: { counts: StatusCounts }) {
  const shown = statusIds.filter((id) => counts[id] > 0);
  const starts = shown.map((_, index) => shown.slice(0, index).reduce((sum, id) => sum + counts[id], 0));
  const total = shown.reduce((sum, id) => sum + counts[id], 0);
  const description = describeMix(counts);
  return (
    <svg className="status-mix" role="img" aria-label={description} viewBox={`0 0 ${Math.max(total, 1)} 1`} preserveAspectRatio="none">
      <title>{description}</title>
      {shown.map((id, index) => (
        <rect key={id} className={`status-mix-part status-${id}`} x={starts[index]} width={counts[id]} height={1} />
      ))}
    </svg>
  );
}
