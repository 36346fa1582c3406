import { Link } from 'react-router';
import type { Action, ActionSort, ActionSortKey } from '../../../contract/actions';
import type { FocusArea, Priority } from '../../../contract/plan';
import { StatusBadge } from '../../../components/status-badge';
import { compareQuarters, quarterLabel, quarterMonths } from '../../../domain/quarters';
import { sentenceCase } from '../utils/describe-filters';
import { SortHeader } from './sort-header';
import './action-table.css';

interface ActionTableProps {
  actions: readonly Action[];
  priorities: readonly Priority[];
  focusAreas: readonly FocusArea[];
  caption: string;
  asOf: string;
  sort: ActionSort | undefined;
  onSort: (sort: ActionSort) => void;
  // Where a title leads, and what the link carries along (the list's URL, say).
  actionHref: (id: string) => string;
  linkState?: unknown;
}

// The working columns first (on a phone they show beside the title), then
// where the action sits in the plan.
const columns: readonly (readonly [ActionSortKey, string])[] = [
  ['status', 'Status'],
  ['percentComplete', 'Complete'],
  ['dueQuarter', 'Due'],
  ['owner', 'Owner'],
  ['priority', 'Priority'],
  ['focusArea', 'Focus area'],
  ['strategy', 'Strategy'],
];

export function SampleTag() {
  return <span className="sample-tag">Sample data</span>;
}

function isOverdue(action: Action, asOf: string): boolean {
  return action.status !== 'completed' && action.status !== 'deferred' && compareQuarters(action.dueQuarter, asOf) < 0;
}

// One row per action; every column sorts; titles open the action's page.
export function ActionTable({ actions, priorities, focusAreas, caption, asOf, sort, onSort, actionHref, linkState }: ActionTableProps) {
  const priorityById = new Map(priorities.map((p) => [p.id, p]));
  const focusAreaName = new Map(focusAreas.map((f) => [f.id, f.name]));
  const samples = actions.filter((action) => action.sample).length;
  const allSample = samples > 0 && samples === actions.length;
  return (
    <div className="table-scroll" role="region" aria-labelledby="action-table-caption" tabIndex={0}>
      <table className="action-table">
        <caption id="action-table-caption">
          {/* Stays in view, and wraps, while the wide table scrolls sideways. */}
          <span className="action-table-caption">
            {caption}
            {allSample && (
              <>
                {' '}
                <SampleTag />
              </>
            )}
            {samples > 0 && !allSample && <span className="action-table-note"> Rows marked Sample data are invented examples.</span>}
          </span>
        </caption>
        <thead>
          <tr>
            <SortHeader column="title" label="Title" sort={sort} onSort={onSort} />
            {columns.map(([column, label]) => (
              <SortHeader key={column} column={column} label={label} sort={sort} onSort={onSort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => {
            const priority = priorityById.get(action.priorityId);
            const strategyIndex = priority?.strategies.findIndex((s) => s.id === action.strategyId) ?? -1;
            const strategy = priority?.strategies[strategyIndex];
            return (
              <tr key={action.id}>
                <th scope="row">
                  <Link to={actionHref(action.id)} state={linkState}>
                    {action.title}
                  </Link>
                  {action.sample && !allSample && (
                    <>
                      {' '}
                      <SampleTag />
                    </>
                  )}
                </th>
                <td>
                  <StatusBadge status={action.status} />
                </td>
                <td className="action-percent">{action.percentComplete}%</td>
                <td className="action-due">
                  <span title={quarterMonths(action.dueQuarter)}>{quarterLabel(action.dueQuarter)}</span>
                  {isOverdue(action, asOf) && <span className="action-overdue">Overdue</span>}
                </td>
                <td>{action.owner}</td>
                <td>{priority ? `${priority.number}. ${sentenceCase(priority.title)}` : action.priorityId}</td>
                <td>{focusAreaName.get(action.focusAreaId) ?? action.focusAreaId}</td>
                <td className="action-strategy">
                  {strategy && priority ? (
                    `${priority.number}.${strategyIndex + 1} ${strategy.text}`
                  ) : (
                    <span className="action-none">{action.strategyId ?? 'None'}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
