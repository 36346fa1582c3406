import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { ActionDetail } from '../../../contract/actions';
import { apiGet } from '../../../lib/api-client';

export function getAction(id: string, signal?: AbortSignal): Promise<ActionDetail> {
  return apiGet(`/api/actions/${encodeURIComponent(id)}`, ActionDetail, 'the action', signal);
}

export const actionQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['actions', 'detail', id],
    queryFn: ({ signal }) => getAction(id, signal),
  });

export function useAction(id: string): ActionDetail {
  return useSuspenseQuery(actionQueryOptions(id)).data;
}
