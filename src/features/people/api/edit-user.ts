import { useMutation, useQueryClient } from '@tanstack/react-query';
import { UserWrite, type UserPatch } from '../../../contract/users';
import { apiSend } from '../../../lib/api-client';

// A change shows in the list and the audit, and may be the administrator's
// own role (a demotion changes what every screen offers): everything shown refreshes.
export function useEditUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UserPatch }) => apiSend('PATCH', `/api/users/${encodeURIComponent(id)}`, patch, UserWrite, 'the change to this person'),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
