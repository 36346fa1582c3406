import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { ActionList, type ActionFilters } from '../../../contract/actions';
import { apiGet, toSearch } from '../../../lib/api-client';

export function getActions(filters: ActionFilters, signal?: AbortSignal): Promise<ActionList> {
  return apiGet(`/api/actions${toSearch(filters)}`, ActionList, 'the actions', signal);
}

export const actionsQueryOptions = (filters: ActionFilters) =>
  queryOptions({
    queryKey: ['actions', 'list', filters],
    queryFn: ({ signal }) => getActions(filters, signal),
  });

export function useActions(filters: ActionFilters): ActionList {
  return useSuspenseQuery(actionsQueryOptions(filters)).data;
}
