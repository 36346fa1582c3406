import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Session, type SessionUser, type SignIn } from '../../../contract/session';
import { apiSend } from '../../../lib/api-client';
import { rememberSignedIn } from '../utils/signed-in-marker';
import { sessionQueryKey } from './get-session';

export function signIn(credentials: SignIn) {
  return apiSend('POST', '/api/session', credentials, Session, 'your sign-in');
}

// Signing in changes what every screen may show: start from fresh data.
// Asks for the code and answers of the screen the person goes on to, before
// the session is set (which sends them there), so that screen is drawn whole
// instead of as a loading message; until then the button stays busy.
export type PrepareNext = (user: SessionUser) => Promise<unknown>;

export function useSignIn(prepareNext: PrepareNext) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: async ({ user }) => {
      rememberSignedIn();
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
      await prepareNext(user);
      queryClient.setQueryData(sessionQueryKey, user);
    },
  });
}
