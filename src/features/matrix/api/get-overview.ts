import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { Overview, type OverviewQuery } from '../../../contract/overview';
import { apiGet, toSearch } from '../../../lib/api-client';

export const overviewPath = (query: OverviewQuery) => `/api/overview${toSearch(query)}`;

export function getOverview(query: OverviewQuery, signal?: AbortSignal): Promise<Overview> {
  return apiGet(overviewPath(query), Overview, 'the overview', signal);
}

export const overviewQueryOptions = (query: OverviewQuery) =>
  queryOptions({
    queryKey: ['overview', query],
    queryFn: ({ signal }) => getOverview(query, signal),
  });

export function useOverview(query: OverviewQuery): Overview {
  return useSuspenseQuery(overviewQueryOptions(query)).data;
}
