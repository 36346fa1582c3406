import { Link } from 'react-router';
import type { ActionDetail } from '../../../contract/actions';
import { studentGroupLabels } from '../../../contract/ids';
import type { FocusArea, Priority } from '../../../contract/plan';
import { StatusBadge } from '../../../components/status-badge';
import { compareQuarters, quarterLabel, quarterMonths } from '../../../domain/quarters';
import { sentenceCase } from '../utils/describe-filters';
import './action-details.css';

interface ActionDetailsProps {
  action: ActionDetail;
  priority: Priority | undefined;
  focusArea: FocusArea | undefined;
  priorityHref: string;
  focusAreaHref: string;
}

const when = (quarter: string) => `${quarterLabel(quarter)} (${quarterMonths(quarter)})`;

// Every field of one action, its plan placement as links.
export function ActionDetails({ action, priority, focusArea, priorityHref, focusAreaHref }: ActionDetailsProps) {
  const strategyIndex = priority?.strategies.findIndex((s) => s.id === action.strategyId) ?? -1;
  const strategy = priority?.strategies[strategyIndex];
  const overdue =
    action.status !== 'completed' && action.status !== 'deferred' && compareQuarters(action.dueQuarter, action.asOf) < 0;
  return (
    <dl className="action-details">
      <div>
        <dt>Status as of {quarterLabel(action.asOf)}</dt>
        <dd>
          <StatusBadge status={action.status} />
        </dd>
      </div>
      <div>
        <dt>Percent complete</dt>
        <dd>{action.percentComplete}%</dd>
      </div>
      <div>
        <dt>Last update</dt>
        <dd>{action.lastUpdateQuarter === null ? 'None yet' : when(action.lastUpdateQuarter)}</dd>
      </div>
      <div>
        <dt>Owner</dt>
        <dd>{action.owner}</dd>
      </div>
      <div>
        <dt>Starts</dt>
        <dd>{when(action.startQuarter)}</dd>
      </div>
      <div>
        <dt>Due</dt>
        <dd>
          {when(action.dueQuarter)}
          {overdue && <span className="action-detail-flag">Overdue</span>}
        </dd>
      </div>
      <div className="action-detail-wide">
        <dt>Priority</dt>
        <dd>
          <Link to={priorityHref}>{priority ? `${priority.number}. ${sentenceCase(priority.title)}` : action.priorityId}</Link>
        </dd>
      </div>
      <div className="action-detail-focus">
        <dt>Focus area</dt>
        <dd>
          <Link to={focusAreaHref}>{focusArea?.name ?? action.focusAreaId}</Link>
          {focusArea && <span className="action-detail-note">{focusArea.description}</span>}
        </dd>
      </div>
      <div className="action-detail-wide">
        <dt>Strategy</dt>
        <dd>{strategy && priority ? `${priority.number}.${strategyIndex + 1} ${strategy.text}` : (action.strategyId ?? 'None')}</dd>
      </div>
      <div className="action-detail-groups">
        <dt>Student groups</dt>
        <dd>
          <ul className="action-groups">
            {action.studentGroups.map((group) => (
              <li key={group}>{studentGroupLabels[group]}</li>
            ))}
          </ul>
        </dd>
      </div>
    </dl>
  );
}
