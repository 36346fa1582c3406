import type { ReactNode } from 'react';
import { Link } from 'react-router';
import './action-list-toolbar.css';

interface ActionListToolbarProps {
  // Each link shows only when it has somewhere to go.
  clearHref: string | undefined;
  planOrderHref: string | undefined;
  // The links that download what is listed.
  downloads: ReactNode;
}

// Above the list: undo the filters or the order, and download what is listed.
export function ActionListToolbar({ clearHref, planOrderHref, downloads }: ActionListToolbarProps) {
  return (
    <div className="action-list-toolbar">
      <p className="action-list-toolbar-links">
        {clearHref !== undefined && <Link to={clearHref}>Clear filters</Link>}
        {planOrderHref !== undefined && <Link to={planOrderHref}>Sort in the plan’s order</Link>}
      </p>
      <div className="action-list-downloads">{downloads}</div>
    </div>
  );
}
