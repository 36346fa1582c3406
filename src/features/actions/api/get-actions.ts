import { hashKey, queryOptions, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ActionList, type ActionFilters } from '../../../contract/actions';
import { apiGet, toSearch } from '../../../lib/api-client';

// The query string of the list's filters, sort and page, in a stable order.
export function actionSearch(filters: ActionFilters): string {
  const { page, pageSize, ...rest } = filters;
  return toSearch({ ...rest, page: page?.toString(), pageSize: pageSize?.toString() });
}

export function getActions(filters: ActionFilters, signal?: AbortSignal): Promise<ActionList> {
  return apiGet(`/api/actions${actionSearch(filters)}`, ActionList, 'the actions', signal);
}

export const actionsQueryOptions = (filters: ActionFilters) =>
  queryOptions({
    queryKey: ['actions', 'list', filters],
    queryFn: ({ signal }) => getActions(filters, signal),
  });

export function useActions(filters: ActionFilters): ActionList {
  return useSuspenseQuery(actionsQueryOptions(filters)).data;
}

// For a list whose filters change under the reader's hand: the first load
// suspends as usual; after that the last list stays on screen (`pending`)
// (with the filters it was loaded with) while the next one loads, so the screen renders the new filters at once
// instead of waiting in a transition with the old ones. A failed load ends
// in the error boundary like any other.
export function useActionsKeepingView(filters: ActionFilters): { list: ActionList; filters: ActionFilters; pending: boolean } {
  const queryClient = useQueryClient();
  const wanted = hashKey([filters]);
  const [shown, setShown] = useState({ key: wanted, filters });
  const cached = queryClient.getQueryData(actionsQueryOptions(filters).queryKey) !== undefined;
  if (cached && shown.key !== wanted) setShown({ key: wanted, filters });

  useEffect(() => {
    if (cached) return undefined;
    let current = true;
    const done = () => {
      if (current) setShown({ key: wanted, filters });
    };
    queryClient.ensureQueryData(actionsQueryOptions(filters)).then(done, done);
    return () => {
      current = false;
    };
    // `wanted` stands for `filters`, which is a new object on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wanted, cached, queryClient]);

  const list = useSuspenseQuery(actionsQueryOptions(shown.filters)).data;
  return { list, filters: shown.filters, pending: shown.key !== wanted };
}
