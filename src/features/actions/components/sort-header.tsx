import type { ActionSort, ActionSortKey } from '../../../contract/actions';
import { formatActionSort, parseActionSort } from '../../../domain/sort-actions';

interface SortHeaderProps {
  column: ActionSortKey;
  label: string;
  sort: ActionSort | undefined;
  onSort: (sort: ActionSort) => void;
}

function SortIndicator({ direction }: { direction: 'ascending' | 'descending' | undefined }) {
  return (
    <svg className="sort-indicator" width="10" height="14" viewBox="0 0 10 14" aria-hidden="true" focusable="false">
      <path d="M5 1 9 5.5H1Z" fill="currentColor" opacity={direction === 'descending' ? 0.25 : 1} />
      <path d="M5 13 1 8.5h8Z" fill="currentColor" opacity={direction === 'ascending' ? 0.25 : 1} />
    </svg>
  );
}

// A column header that sorts by its column: the first press ascending, the
// next one descending, and so on. aria-sort tells which way it runs now.
export function SortHeader({ column, label, sort, onSort }: SortHeaderProps) {
  const current = sort === undefined ? undefined : parseActionSort(sort);
  const direction = current?.key === column ? (current.descending ? 'descending' : 'ascending') : undefined;
  const next = formatActionSort({ key: column, descending: direction === 'ascending' });
  return (
    <th scope="col" aria-sort={direction} className={direction === undefined ? undefined : 'sorted'}>
      <button type="button" className="sort-button" onClick={() => onSort(next)}>
        {label}
        <SortIndicator direction={direction} />
      </button>
    </th>
  );
}
