import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { StatusHistory, type StatusHistoryFilters } from '../../../contract/status-history';
import { apiGet, toSearch } from '../../../lib/api-client';

export const statusHistoryPath = (filters: StatusHistoryFilters) => `/api/status-history${toSearch(filters)}`;

export function getStatusHistory(filters: StatusHistoryFilters, signal?: AbortSignal): Promise<StatusHistory> {
  return apiGet(statusHistoryPath(filters), StatusHistory, 'the status history', signal);
}

export const statusHistoryQueryOptions = (filters: StatusHistoryFilters) =>
  queryOptions({
    queryKey: ['status-history', filters],
    queryFn: ({ signal }) => getStatusHistory(filters, signal),
  });

export function useStatusHistory(filters: StatusHistoryFilters): StatusHistory {
  return useSuspenseQuery(statusHistoryQueryOptions(filters)).data;
}
