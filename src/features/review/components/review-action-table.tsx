import { useId } from 'react';
import { Link } from 'react-router';
import type { FocusArea, Priority } from '../../../contract/plan';
import type { ReviewAction } from '../../../contract/review';
import { StatusBadge } from '../../../components/status-badge';
import { quarterLabel } from '../../../domain/quarters';
import './review-tables.css';

export type ReviewColumn = 'from' | 'to' | 'percent' | 'due' | 'lastUpdate' | 'note';

const headers: Record<ReviewColumn, string> = {
  from: 'Was',
  to: 'Now',
  percent: 'Complete',
  due: 'Due',
  lastUpdate: 'Last update',
  note: 'Note this quarter',
};

export interface ReviewActionTableProps {
  caption: string;
  rows: readonly ReviewAction[];
  columns: readonly ReviewColumn[];
  priorities: readonly Priority[];
  focusAreas: readonly FocusArea[];
  // Said instead of the table when there are no rows, so an empty list explains itself.
  emptyMessage: string;
}

function Cell({ column, row }: { column: ReviewColumn; row: ReviewAction }) {
  switch (column) {
    case 'from':
      return <StatusBadge status={row.from} />;
    case 'to':
      return <StatusBadge status={row.to} />;
    case 'percent':
      return `${row.percentComplete}%`;
    case 'due':
      return quarterLabel(row.dueQuarter);
    case 'lastUpdate':
      return row.lastUpdateQuarter === null ? 'Never reported' : quarterLabel(row.lastUpdateQuarter);
    case 'note':
      return row.note ?? <span className="review-muted">No update</span>;
  }
}

export function ReviewActionTable({ caption, rows, columns, priorities, focusAreas, emptyMessage }: ReviewActionTableProps) {
  const captionId = useId();
  if (rows.length === 0) return <p className="review-empty">{emptyMessage}</p>;
  const priorityOf = (id: string) => priorities.find((p) => p.id === id);
  const focusAreaOf = (id: string) => focusAreas.find((f) => f.id === id);
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="review-table review-stacked">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Priority</th>
            <th scope="col">Focus area</th>
            <th scope="col">Owner</th>
            {columns.map((column) => (
              <th scope="col" key={column} className={column === 'percent' ? 'review-number' : undefined}>
                {headers[column]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const priority = priorityOf(row.priorityId);
            return (
              <tr key={row.actionId}>
                <th scope="row">
                  <Link to={`/actions/${encodeURIComponent(row.actionId)}`}>{row.title}</Link>
                </th>
                <td className="review-priority" data-label="Priority">
                  {priority === undefined ? row.priorityId : `${priority.number}. ${priority.title}`}
                </td>
                <td data-label="Focus area">{focusAreaOf(row.focusAreaId)?.name ?? row.focusAreaId}</td>
                <td data-label="Owner">{row.owner}</td>
                {columns.map((column) => (
                  <td
                    key={column}
                    data-label={headers[column]}
                    className={column === 'percent' ? 'review-number' : column === 'note' ? 'review-note' : undefined}
                  >
                    <Cell column={column} row={row} />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
