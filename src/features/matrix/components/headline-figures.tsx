import { Link } from 'react-router';
import { statusLabels, type StatusId } from '../../../contract/ids';
import type { StatusCounts } from '../../../contract/status-history';
import { StatusIcon } from '../../../components/status-icon';
import { totalOf } from '../../../domain/status-counts';
import { formatCount } from '../../../domain/format-count';

const shown: readonly StatusId[] = ['on-track', 'at-risk', 'off-track', 'completed', 'not-started', 'deferred'];

interface HeadlineFiguresProps {
  counts: StatusCounts;
  hrefFor: (status: StatusId | undefined) => string;
}

function share(part: number, total: number): string {
  return total === 0 ? '0%' : `${Math.round((part / total) * 100)}%`;
}

export function HeadlineFigures({ counts, hrefFor }: HeadlineFiguresProps) {
  const total = totalOf(counts);
  return (
    <ul className="headline-figures" aria-label="Actions by status">
      <li className="headline-total">
        <Link to={hrefFor(undefined)}>
          <span className="figure">{formatCount(total)}</span>
          <span className="figure-label">Actions in all</span>
        </Link>
      </li>
      {shown.map((status) => (
        <li key={status} className={`status-${status}`}>
          <Link to={hrefFor(status)}>
            <span className="figure">{formatCount(counts[status])}</span>
            <span className="figure-label">
              <StatusIcon status={status} />
              {statusLabels[status]}
            </span>
            <span className="figure-share">{share(counts[status], total)} of actions</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
