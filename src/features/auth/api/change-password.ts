import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Session } from '../../../contract/session';
import type { PasswordChange } from '../../../contract/users';
import { apiSend } from '../../../lib/api-client';
import { sessionQueryKey } from './get-session';

// Where the app sends a person who must replace a one-time password.
export const changePasswordPath = '/account/password';

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PasswordChange) => apiSend('PUT', '/api/session/password', input, Session, 'your new password'),
    onSuccess: ({ user }) => queryClient.setQueryData(sessionQueryKey, user),
  });
}
