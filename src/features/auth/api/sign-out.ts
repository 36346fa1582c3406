import { useMutation } from '@tanstack/react-query';
import { ApiError, apiSend } from '../../../lib/api-client';
import { forgetSignedIn } from '../utils/signed-in-marker';

// A session that has already ended leaves nothing to sign out of: the server's
// 401 is the answer the person wanted.
export function signOut(): Promise<void> {
  return apiSend<void>('DELETE', '/api/session', undefined, null, 'your sign-out').catch((error: unknown) => {
    if (error instanceof ApiError && error.status === 401) return;
    throw error;
  });
}

// The caller leaves the signed-in screens, then clears the cache: clearing
// first would send the layout to "your session has ended".
export function useSignOut() {
  return useMutation({ mutationFn: signOut, onSuccess: forgetSignedIn });
}
