import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ReviewAction, ReviewListId } from '../../../contract/review';
import { formatCount } from '../../../domain/format-count';
import { reviewListQueryOptions } from '../api/get-review-list';
import { ReviewActionTable, type ReviewActionTableProps } from './review-action-table';

interface ReviewListProps extends Omit<ReviewActionTableProps, 'rows'> {
  quarter: string;
  list: ReviewListId;
  // The rows the review came with, and how many the list has in all.
  firstRows: readonly ReviewAction[];
  total: number;
}

// One of the review's lists: the first rows come with the review; the rest
// load on request, a page at a time. On paper it says how many are left out.
export function ReviewList({ quarter, list, firstRows, total, ...table }: ReviewListProps) {
  const [wanted, setWanted] = useState(false);
  const more = useInfiniteQuery({ ...reviewListQueryOptions(quarter, list), enabled: wanted });
  const rows = more.data === undefined ? firstRows : more.data.pages.flatMap((page) => page.items);
  const left = total - rows.length;
  return (
    <>
      <ReviewActionTable rows={rows} {...table} />
      {left > 0 && (
        <p className="review-more">
          <span className="review-more-count">
            Showing {formatCount(rows.length)} of {formatCount(total)}; {formatCount(left)} more not shown.
          </span>{' '}
          <button type="button" disabled={more.isFetching} onClick={() => (wanted ? void more.fetchNextPage() : setWanted(true))}>
            {more.isFetching ? 'Loading…' : 'Show more'}
          </button>
        </p>
      )}
      {more.isError && <p role="alert">The rest of this list could not be loaded. Try again.</p>}
    </>
  );
}
