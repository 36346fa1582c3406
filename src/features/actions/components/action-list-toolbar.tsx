import type { MouseEvent } from 'react';
import { Link } from 'react-router';
import { downloadsThroughFetch, downloadThroughFetch } from '../api/export-actions';
import './action-list-toolbar.css';

interface ActionListToolbarProps {
  // Each link shows only when it has somewhere to go.
  clearHref: string | undefined;
  planOrderHref: string | undefined;
  exportHref: string | undefined;
  total: number;
}

function exportThroughFetch(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  downloadThroughFetch(event.currentTarget.href).catch((error: unknown) => console.warn('The CSV export failed:', error));
}

// Above the list: undo the filters or the order, and download what is listed.
export function ActionListToolbar({ clearHref, planOrderHref, exportHref, total }: ActionListToolbarProps) {
  return (
    <div className="action-list-toolbar">
      <p className="action-list-toolbar-links">
        {clearHref !== undefined && <Link to={clearHref}>Clear filters</Link>}
        {planOrderHref !== undefined && <Link to={planOrderHref}>Sort in the plan’s order</Link>}
      </p>
      {exportHref !== undefined && (
        // A plain link: the browser downloads the file the API writes.
        <a className="action-list-export" href={exportHref} download onClick={downloadsThroughFetch ? exportThroughFetch : undefined}>
          Download {total === 1 ? 'this action' : `these ${total} actions`} (CSV)
        </a>
      )}
    </div>
  );
}
