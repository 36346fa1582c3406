import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { StatusBadge } from '../../components/status-badge';
import type { UpdatesDue } from '../../contract/reporting';
import type { Plan } from '../../contract/plan';
import type { ReportingPeriods } from '../../contract/reporting';
import { actionQueryOptions } from '../../features/actions/api/get-action';
import { UpdateForm } from '../../features/actions/components/update-form';

type DueItem = UpdatesDue['owners'][number]['items'][number];

interface UpdatesDueItemProps {
  item: DueItem;
  quarter: string;
  plan: Plan;
  reporting: ReportingPeriods;
  // Staff and the director record the update here, without leaving the list.
  canWrite: boolean;
  onSaved: (item: DueItem, quarter: string) => void;
}

// One missing update: what it is, and the form to record it in place.
export function UpdatesDueItem({ item, quarter, plan, reporting, canWrite, onSaved }: UpdatesDueItemProps) {
  const [open, setOpen] = useState(false);
  const formId = useId();
  const priority = plan.priorities.find((p) => p.id === item.priorityId);
  const focusArea = plan.focusAreas.find((f) => f.id === item.focusAreaId)?.name ?? item.focusAreaId;
  const actionHref = `/actions/${encodeURIComponent(item.actionId)}?quarter=${quarter}`;
  return (
    <li>
      <div className="due-item">
        <span>
          <Link to={actionHref}>{item.title}</Link>
          <br />
          <span className="review-muted">
            {priority === undefined ? item.priorityId : `${priority.number}. ${priority.title}`} · {focusArea}
            {item.sample && ' · sample data'}
          </span>
        </span>
        <span className="due-item-actions">
          Last known: <StatusBadge status={item.status} />{' '}
          {canWrite ? (
            <button
              type="button"
              aria-expanded={open}
              aria-controls={formId}
              aria-label={`${open ? 'Close the form' : 'Record the update'} of ${item.title}`}
              onClick={() => setOpen(!open)}
            >
              {open ? 'Close the form' : 'Record the update'}
            </button>
          ) : (
            <Link to={`${actionHref}#update`}>Open the action</Link>
          )}
        </span>
      </div>
      <div id={formId} className="due-item-form" hidden={!open}>
        {open && <DueUpdateForm item={item} plan={plan} reporting={reporting} onSaved={(saved) => onSaved(item, saved)} />}
      </div>
    </li>
  );
}

function DueUpdateForm({ item, plan, reporting, onSaved }: { item: DueItem; plan: Plan; reporting: ReportingPeriods; onSaved: (quarter: string) => void }) {
  const action = useQuery(actionQueryOptions(item.actionId));
  if (action.isPending) return <p role="status">Loading {item.title}…</p>;
  if (action.isError) {
    return (
      <p className="form-error" role="alert">
        {action.error.message}{' '}
        <button type="button" onClick={() => void action.refetch()}>
          Try again
        </button>
      </p>
    );
  }
  return (
    <section aria-label={`Record the update of ${item.title}`}>
      <UpdateForm action={action.data} period={plan.period} reporting={reporting} onSaved={onSaved} />
    </section>
  );
}
