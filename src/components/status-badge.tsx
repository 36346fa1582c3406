import { statusLabels, type StatusId } from '../contract/ids';
import { StatusIcon } from './status-icon';

export function StatusBadge({ status }: { status: StatusId }) {
  return (
    <span className={`status-badge status-${status}`}>
      <StatusIcon status={status} />
      {statusLabels[status]}
    </span>
  );
}
