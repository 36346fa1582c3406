import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Session, type SignIn } from '../../../contract/session';
import { apiSend } from '../../../lib/api-client';
import { rememberSignedIn } from '../utils/signed-in-marker';
import { sessionQueryKey } from './get-session';

export function signIn(credentials: SignIn) {
  return apiSend('POST', '/api/session', credentials, Session, 'your sign-in');
}

// Signing in changes what every screen may show: start from fresh data.
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: ({ user }) => {
      rememberSignedIn();
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
      queryClient.setQueryData(sessionQueryKey, user);
    },
  });
}
