import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SampleData } from '../../../contract/sample-data';
import { apiSend } from '../../../lib/api-client';

// Every screen showed the sample: all of them refresh, and the promise
// settles when the fresh data is in.
export function useClearSampleData() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiSend('POST', '/api/sample-data/clear', undefined, SampleData, 'the removal of the sample data'),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
