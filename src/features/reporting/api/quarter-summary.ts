import { queryOptions, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { QuarterSummary, type QuarterSummaryInput } from '../../../contract/reporting';
import { apiGet, apiSend } from '../../../lib/api-client';

const path = (quarter: string) => `/api/quarters/${encodeURIComponent(quarter)}/summary`;

export const quarterSummaryQueryOptions = (quarter: string) =>
  queryOptions({
    queryKey: ['review', 'summary', quarter],
    queryFn: ({ signal }) => apiGet(path(quarter), QuarterSummary, 'the quarter’s summary', signal),
  });

export function useQuarterSummary(quarter: string): QuarterSummary {
  return useSuspenseQuery(quarterSummaryQueryOptions(quarter)).data;
}

export function useSaveQuarterSummary(quarter: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: QuarterSummaryInput) => apiSend('PUT', path(quarter), input, QuarterSummary, 'the quarter’s summary'),
    onSuccess: (saved) => {
      queryClient.setQueryData(quarterSummaryQueryOptions(quarter).queryKey, saved);
      return queryClient.invalidateQueries({ queryKey: ['review', 'packet', quarter] });
    },
  });
}
