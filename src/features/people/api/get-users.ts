import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { UserList } from '../../../contract/users';
import { apiGet } from '../../../lib/api-client';

export const usersQueryKey = ['users'] as const;

export const usersQueryOptions = () =>
  queryOptions({
    queryKey: [...usersQueryKey, 'list'],
    queryFn: ({ signal }) => apiGet('/api/users', UserList, 'the list of people', signal),
  });

export function useUsers(): UserList {
  return useSuspenseQuery(usersQueryOptions()).data;
}
