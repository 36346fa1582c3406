import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ReportingPeriods, type ReopenInput } from '../../../contract/reporting';
import { apiSend } from '../../../lib/api-client';

// Publishing or reopening moves what every screen shows by default, so every
// view refreshes; the promise settles when the fresh data is in.
function useQuarterTransition(verb: 'publish' | 'reopen', what: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ quarter, body }: { quarter: string; body: ReopenInput | Record<string, never> }) =>
      apiSend('POST', `/api/quarters/${encodeURIComponent(quarter)}/${verb}`, body, ReportingPeriods, what),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

export const usePublishQuarter = () => useQuarterTransition('publish', 'the publication');
export const useReopenQuarter = () => useQuarterTransition('reopen', 'the reopening');
