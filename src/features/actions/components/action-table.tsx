import type { Action } from '../../../contract/actions';
import type { FocusArea, Priority } from '../../../contract/plan';
import { StatusBadge } from '../../../components/status-badge';
import { quarterLabel, quarterMonths } from '../../../domain/quarters';
import { sentenceCase } from '../utils/describe-filters';
import './action-table.css';

interface ActionTableProps {
  actions: readonly Action[];
  priorities: readonly Priority[];
  focusAreas: readonly FocusArea[];
  caption: string;
}

function SampleTag() {
  return <span className="sample-tag">Sample data</span>;
}

// One row per action. Titles are plain text until the action page exists.
export function ActionTable({ actions, priorities, focusAreas, caption }: ActionTableProps) {
  const priorityById = new Map(priorities.map((p) => [p.id, p]));
  const focusAreaName = new Map(focusAreas.map((f) => [f.id, f.name]));
  const samples = actions.filter((action) => action.sample).length;
  const allSample = samples > 0 && samples === actions.length;
  return (
    <div className="table-scroll" role="region" aria-labelledby="action-table-caption" tabIndex={0}>
      <table className="action-table">
        <caption id="action-table-caption">
          {caption}
          {allSample && (
            <>
              {' '}
              <SampleTag />
            </>
          )}
          {samples > 0 && !allSample && <span className="action-table-note"> Rows marked Sample data are invented examples.</span>}
        </caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Priority</th>
            <th scope="col">Focus area</th>
            <th scope="col">Owner</th>
            <th scope="col">Status</th>
            <th scope="col">Due</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => {
            const priority = priorityById.get(action.priorityId);
            return (
              <tr key={action.id}>
                <th scope="row">
                  {action.title}
                  {action.sample && !allSample && (
                    <>
                      {' '}
                      <SampleTag />
                    </>
                  )}
                </th>
                <td>{priority ? `${priority.number}. ${sentenceCase(priority.title)}` : action.priorityId}</td>
                <td>{focusAreaName.get(action.focusAreaId) ?? action.focusAreaId}</td>
                <td>{action.owner}</td>
                <td>
                  <StatusBadge status={action.status} />
                </td>
                <td>
                  <span title={quarterMonths(action.dueQuarter)}>{quarterLabel(action.dueQuarter)}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
