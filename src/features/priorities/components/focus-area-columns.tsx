import { useId } from 'react';
import { Link } from 'react-router';
import type { Action } from '../../../contract/actions';
import type { FocusAreaId } from '../../../contract/ids';
import type { FocusArea } from '../../../contract/plan';
import { StatusBadge } from '../../../components/status-badge';
import { compareQuarters, quarterLabel } from '../../../domain/quarters';
import { formatCount } from '../../../domain/format-count';
import './focus-area-columns.css';

// One focus area's first actions in the plan's order, and how many it has.
export interface FocusAreaCell {
  area: FocusArea;
  actions: readonly Action[];
  total: number;
}

interface FocusAreaColumnsProps {
  cells: readonly FocusAreaCell[];
  asOf: string;
  actionsHref: (focusArea: FocusAreaId) => string;
}

const isOpen = (action: Action) => action.status !== 'completed' && action.status !== 'deferred';

function ActionItem({ action, asOf }: { action: Action; asOf: string }) {
  const late = isOpen(action) && compareQuarters(action.dueQuarter, asOf) < 0;
  return (
    <li className="focus-area-action">
      <p className="focus-area-action-title">{action.title}</p>
      <p className="focus-area-action-meta">
        <StatusBadge status={action.status} />
        <span className={late ? 'focus-area-action-late' : undefined}>
          Due {quarterLabel(action.dueQuarter)}
          {late && ' (past due)'}
        </span>
      </p>
      <p className="focus-area-action-owner">Owner: {action.owner}</p>
    </li>
  );
}

function FocusAreaColumn({ cell: { area, actions, total }, asOf, href }: { cell: FocusAreaCell; asOf: string; href: string }) {
  const headingId = useId();
  const count = `${formatCount(total)} ${total === 1 ? 'action' : 'actions'}`;
  const more = total > actions.length;
  return (
    <section className="focus-area-column" aria-labelledby={headingId}>
      <h3 id={headingId}>{area.name}</h3>
      <p className="focus-area-column-count">{count}</p>
      {actions.length === 0 ? (
        <p className="focus-area-column-empty">No actions yet in this focus area.</p>
      ) : (
        <ul className="focus-area-actions">
          {actions.map((action) => (
            <ActionItem key={action.id} action={action} asOf={asOf} />
          ))}
        </ul>
      )}
      {more && (
        <p className="focus-area-column-more">
          The first {actions.length} of {formatCount(total)}, in the plan’s order.
        </p>
      )}
      <Link to={href} className="focus-area-column-link">
        {more ? `Open all ${formatCount(total)} in the action list` : 'Open in the action list'}
        <span className="visually-hidden">: {area.name}</span>
      </Link>
    </section>
  );
}

// A priority's row of the matrix, opened up: one column per focus area, in
// the plan's order, listing the first of that cell's actions.
export function FocusAreaColumns({ cells, asOf, actionsHref }: FocusAreaColumnsProps) {
  return (
    <div className="focus-area-columns">
      {cells.map((cell) => (
        <FocusAreaColumn key={cell.area.id} cell={cell} asOf={asOf} href={actionsHref(cell.area.id)} />
      ))}
    </div>
  );
}
