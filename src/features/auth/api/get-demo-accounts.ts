import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { DemoAccounts } from '../../../contract/session';
import { apiGet } from '../../../lib/api-client';

export const demoAccountsQueryOptions = () =>
  queryOptions({
    queryKey: ['demo-accounts'],
    queryFn: ({ signal }) => apiGet('/api/demo-accounts', DemoAccounts, 'the demo accounts', signal),
    staleTime: Number.POSITIVE_INFINITY,
  });

export function useDemoAccounts(): DemoAccounts {
  return useSuspenseQuery(demoAccountsQueryOptions()).data;
}
