import { useMutation, useQueryClient } from '@tanstack/react-query';
import { UserWrite, type NewUser } from '../../../contract/users';
import { apiSend } from '../../../lib/api-client';
import { usersQueryKey } from './get-users';

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewUser) => apiSend('POST', '/api/users', input, UserWrite, 'the new person'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
