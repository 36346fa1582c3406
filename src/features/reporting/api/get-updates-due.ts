import { queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { UpdatesDue } from '../../../contract/reporting';
import { apiGet } from '../../../lib/api-client';

export const updatesDuePath = '/api/updates-due';

export function getUpdatesDue(signal?: AbortSignal): Promise<UpdatesDue> {
  return apiGet(updatesDuePath, UpdatesDue, 'the updates due', signal);
}

export const updatesDueQueryOptions = () =>
  queryOptions({
    queryKey: ['reporting', 'updates-due'],
    queryFn: ({ signal }) => getUpdatesDue(signal),
  });

export function useUpdatesDue(): UpdatesDue {
  return useSuspenseQuery(updatesDueQueryOptions()).data;
}

// The count in the navigation: it never holds the page up, and shows nothing until known.
export function useUpdatesDueCount(enabled: boolean): number | undefined {
  return useQuery({ ...updatesDueQueryOptions(), enabled }).data?.total;
}
