import { useId } from 'react';
import { Link } from 'react-router';
import { formatCount } from '../../../domain/format-count';
import { pageCount } from '../../../domain/paginate';
import './action-pagination.css';

interface ActionPaginationProps {
  page: number;
  pageSize: number;
  total: number;
  pageSizes: readonly number[];
  hrefFor: (page: number) => string;
  onPageSizeChange: (pageSize: number) => void;
}

function PageLink({ to, label, enabled }: { to: string; label: string; enabled: boolean }) {
  return <li>{enabled ? <Link to={to}>{label}</Link> : <span className="pagination-off">{label}</span>}</li>;
}

export function ActionPagination({ page, pageSize, total, pageSizes, hrefFor, onPageSizeChange }: ActionPaginationProps) {
  const id = useId();
  const pages = pageCount(total, pageSize);
  const first = Math.min((page - 1) * pageSize + 1, total);
  const last = Math.min(page * pageSize, total);
  return (
    <nav className="action-pagination" aria-label="Pages of actions">
      <p className="pagination-range">
        {page > pages ? `Page ${page} is past the end of the list.` : `Showing ${formatCount(first)}–${formatCount(last)} of ${formatCount(total)}.`}
      </p>
      {pages > 1 && (
        <ul>
          <PageLink to={hrefFor(1)} label="First" enabled={page > 1} />
          <PageLink to={hrefFor(Math.min(page - 1, pages))} label="Previous" enabled={page > 1} />
          <li aria-current="page" className="pagination-current">
            Page {formatCount(page)} of {formatCount(pages)}
          </li>
          <PageLink to={hrefFor(page + 1)} label="Next" enabled={page < pages} />
          <PageLink to={hrefFor(pages)} label="Last" enabled={page !== pages} />
        </ul>
      )}
      <div className="pagination-size">
        <label htmlFor={id}>Rows per page</label>
        <select id={id} value={pageSize} onChange={(event) => onPageSizeChange(Number(event.target.value))}>
          {pageSizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
    </nav>
  );
}
