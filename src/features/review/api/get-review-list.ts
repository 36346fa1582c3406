import { infiniteQueryOptions } from '@tanstack/react-query';
import { maxReviewPageSize, ReviewListPage, type ReviewListId } from '../../../contract/review';
import { apiGet, toSearch } from '../../../lib/api-client';

export function getReviewList(quarter: string, list: ReviewListId, page: number, signal?: AbortSignal): Promise<ReviewListPage> {
  const search = toSearch({ page: String(page), pageSize: String(maxReviewPageSize) });
  return apiGet(`/api/review/${encodeURIComponent(quarter)}/${list}${search}`, ReviewListPage, 'the review list', signal);
}

// Under the review's own key, so whatever refreshes the review refreshes its lists.
export const reviewListQueryOptions = (quarter: string, list: ReviewListId) =>
  infiniteQueryOptions({
    queryKey: ['review', quarter, 'list', list],
    queryFn: ({ pageParam, signal }) => getReviewList(quarter, list, pageParam, signal),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  });
