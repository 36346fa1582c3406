import { statusIds, statusLabels } from '../contract/ids';
import type { StatusCounts } from '../contract/status-history';

export function describeMix(counts: StatusCounts): string {
  const parts = statusIds.filter((id) => counts[id] > 0).map((id) => `${counts[id]} ${statusLabels[id].toLowerCase()}`);
  return parts.length === 0 ? 'no actions' : parts.join(', ');
}

// A small stacked bar of how a set of actions stands. It is an image with the
// same numbers as its name and tooltip, for screen readers and for the eye.
export function StatusMixBar({ counts }: { counts: StatusCounts }) {
  const total = statusIds.reduce((sum, id) => sum + counts[id], 0);
  const description = describeMix(counts);
  return (
    <span className="status-mix" role="img" aria-label={description} title={description}>
      {total > 0 &&
        statusIds
          .filter((id) => counts[id] > 0)
          .map((id) => (
            <span key={id} className={`status-mix-part status-${id}`} style={{ flexGrow: counts[id] }} />
          ))}
    </span>
  );
}
