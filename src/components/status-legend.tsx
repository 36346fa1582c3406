import { statusIds } from '../contract/ids';
import { StatusBadge } from './status-badge';

export function StatusLegend() {
  return (
    <ul className="status-legend" aria-label="Status legend">
      {statusIds.map((status) => (
        <li key={status}>
          <StatusBadge status={status} />
        </li>
      ))}
    </ul>
  );
}
