import { useMutation } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { forgetSignedIn } from '../utils/signed-in-marker';

export function signOut() {
  return apiSend('DELETE', '/api/session', undefined, null, 'your sign-out');
}

// The caller leaves the signed-in screens, then clears the cache: clearing
// first would send the layout to "your session has ended".
export function useSignOut() {
  return useMutation({ mutationFn: signOut, onSuccess: forgetSignedIn });
}
