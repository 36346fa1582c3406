import { useMutation, useQueryClient } from '@tanstack/react-query';
import { UserWrite, type UserPatch } from '../../../contract/users';
import { apiSend } from '../../../lib/api-client';
import { usersQueryKey } from './get-users';

// A changed role or state shows in the audit too, so both refresh.
export function useEditUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UserPatch }) => apiSend('PATCH', `/api/users/${encodeURIComponent(id)}`, patch, UserWrite, 'the change to this person'),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: usersQueryKey }), queryClient.invalidateQueries({ queryKey: ['audit'] })]),
  });
}
