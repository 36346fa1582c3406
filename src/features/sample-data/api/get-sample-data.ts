import { queryOptions, useQuery } from '@tanstack/react-query';
import { hasSampleData, SampleData } from '../../../contract/sample-data';
import { apiGet } from '../../../lib/api-client';

export const sampleDataPath = '/api/sample-data';

export const sampleDataQueryOptions = () =>
  queryOptions({
    queryKey: ['sample-data'],
    queryFn: ({ signal }) => apiGet(sampleDataPath, SampleData, 'what sample data is left', signal),
    staleTime: 5 * 60_000,
  });

// Whether the data shown includes the invented sample; false until known,
// so a label never stays on the foundation's own plan.
export function useHasSampleData(signedIn = true): boolean {
  const { data } = useQuery({ ...sampleDataQueryOptions(), enabled: signedIn });
  return data !== undefined && hasSampleData(data);
}
