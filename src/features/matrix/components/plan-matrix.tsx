import { Link } from 'react-router';
import { statusLabels, type FocusAreaId, type PriorityId } from '../../../contract/ids';
import type { FocusArea, Priority } from '../../../contract/plan';
import type { StatusCounts } from '../../../contract/status-history';
import { StatusIcon } from '../../../components/status-icon';
import { StatusMixBar } from '../../../components/status-mix-bar';
import type { MatrixCounts } from '../../../domain/status-counts';
import { totalOf } from '../../../domain/status-counts';
import { formatCount } from '../../../domain/format-count';
import './plan-matrix.css';

interface PlanMatrixProps {
  priorities: readonly Priority[];
  focusAreas: readonly FocusArea[];
  counts: MatrixCounts;
  cellHref: (priorityId: PriorityId | undefined, focusAreaId: FocusAreaId | undefined) => string;
  // Where a priority's row header leads (its own page); plain text without it.
  priorityHref?: (priorityId: PriorityId) => string;
}

// What needs the board's attention, visible without hovering; the bar's
// accessible name already says it, so screen readers skip this line.
function AttentionFlags({ counts }: { counts: StatusCounts }) {
  const flagged = (['at-risk', 'off-track'] as const).filter((status) => counts[status] > 0);
  if (flagged.length === 0) return null;
  return (
    <span className="matrix-flags" aria-hidden="true">
      {flagged.map((status) => (
        <span key={status}>
          <StatusIcon status={status} size={12} />
          {formatCount(counts[status])} {statusLabels[status].toLowerCase()}
        </span>
      ))}
    </span>
  );
}

function CountLink({ to, counts, context }: { to: string; counts: StatusCounts; context: string }) {
  const total = totalOf(counts);
  return (
    <Link to={to} className={total === 0 ? 'matrix-link matrix-empty' : 'matrix-link'}>
      <span className="matrix-count">{formatCount(total)}</span>
      <span className="visually-hidden">
        {' '}
        {total === 1 ? 'action' : 'actions'} in {context}
      </span>
      {total === 0 ? <span className="matrix-empty-label">No actions yet</span> : <StatusMixBar counts={counts} />}
      <AttentionFlags counts={counts} />
    </Link>
  );
}

function PriorityHeader({ priority, href }: { priority: Priority; href: string | undefined }) {
  const content = (
    <>
      <span className="priority-number" aria-hidden="true">
        {priority.number}
      </span>
      <span className="visually-hidden">Priority {priority.number}:</span>{' '}
      <span className="priority-title">{priority.title}</span>
    </>
  );
  return href === undefined ? content : <Link to={href} className="matrix-priority-link">{content}</Link>;
}

// The plan at a glance: six priorities by four focus areas, each cell with its
// action count and status mix, linking to exactly those actions.
export function PlanMatrix({ priorities, focusAreas, counts, cellHref, priorityHref }: PlanMatrixProps) {
  return (
    <div className="table-scroll" role="region" aria-labelledby="matrix-caption" tabIndex={0}>
      <table className="plan-matrix">
        <caption id="matrix-caption">Priorities by focus area</caption>
        <thead>
          <tr>
            <th scope="col">Priority</th>
            {focusAreas.map((area) => (
              <th scope="col" key={area.id} title={area.description}>
                {area.name}
              </th>
            ))}
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {priorities.map((priority) => (
            <tr key={priority.id}>
              <th scope="row">
                <PriorityHeader priority={priority} href={priorityHref?.(priority.id)} />
              </th>
              {focusAreas.map((area) => (
                <td key={area.id} data-label={area.name}>
                  <CountLink
                    to={cellHref(priority.id, area.id)}
                    counts={counts.cells[priority.id][area.id]}
                    context={`${priority.title}, ${area.name}`}
                  />
                </td>
              ))}
              <td className="matrix-total" data-label="Total">
                <CountLink to={cellHref(priority.id, undefined)} counts={counts.rows[priority.id]} context={`${priority.title}, all focus areas`} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            {focusAreas.map((area) => (
              <td key={area.id} className="matrix-total" data-label={area.name}>
                <CountLink to={cellHref(undefined, area.id)} counts={counts.columns[area.id]} context={`${area.name}, all priorities`} />
              </td>
            ))}
            <td className="matrix-total matrix-grand-total" data-label="Total">
              <CountLink to={cellHref(undefined, undefined)} counts={counts.total} context="the whole plan" />
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
