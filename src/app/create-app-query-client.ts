import { noteSessionEnded, sessionQueryKey } from '../features/auth/api/get-session';
import { createQueryClient } from '../lib/query-client';

// A 401 from any request means the session ended (expired, or signed out
// elsewhere): forget the user, and the layout sends them to sign in.
export function createAppQueryClient(options: { retry?: boolean } = {}) {
  return createQueryClient({
    ...options,
    onUnauthorized: (client) => {
      if (client.getQueryData(sessionQueryKey) === null) return;
      noteSessionEnded(client);
      client.setQueryData(sessionQueryKey, null);
    },
  });
}
