import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { QuarterlyReview } from '../../../contract/review';
import { apiGet } from '../../../lib/api-client';

export function getReview(quarter: string, signal?: AbortSignal): Promise<QuarterlyReview> {
  return apiGet(`/api/review/${encodeURIComponent(quarter)}`, QuarterlyReview, 'the quarterly review', signal);
}

export const reviewQueryOptions = (quarter: string) =>
  queryOptions({
    queryKey: ['review', quarter],
    queryFn: ({ signal }) => getReview(quarter, signal),
  });

export function useReview(quarter: string): QuarterlyReview {
  return useSuspenseQuery(reviewQueryOptions(quarter)).data;
}
