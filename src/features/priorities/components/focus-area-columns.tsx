import { useId } from 'react';
import { Link } from 'react-router';
import type { Action } from '../../../contract/actions';
import type { FocusAreaId } from '../../../contract/ids';
import type { FocusArea } from '../../../contract/plan';
import { StatusBadge } from '../../../components/status-badge';
import { compareQuarters, quarterLabel } from '../../../domain/quarters';
import './focus-area-columns.css';

interface FocusAreaColumnsProps {
  focusAreas: readonly FocusArea[];
  actions: readonly Action[];
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

function FocusAreaColumn({ area, actions, asOf, href }: { area: FocusArea; actions: readonly Action[]; asOf: string; href: string }) {
  const headingId = useId();
  const count = `${actions.length} ${actions.length === 1 ? 'action' : 'actions'}`;
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
      <Link to={href} className="focus-area-column-link">
        Open in the action list<span className="visually-hidden">: {area.name}</span>
      </Link>
    </section>
  );
}

// A priority's row of the matrix, opened up: one column per focus area, in
// the plan's order, listing that cell's actions.
export function FocusAreaColumns({ focusAreas, actions, asOf, actionsHref }: FocusAreaColumnsProps) {
  return (
    <div className="focus-area-columns">
      {focusAreas.map((area) => (
        <FocusAreaColumn
          key={area.id}
          area={area}
          actions={actions.filter((action) => action.focusAreaId === area.id)}
          asOf={asOf}
          href={actionsHref(area.id)}
        />
      ))}
    </div>
  );
}
