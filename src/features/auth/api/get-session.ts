import { queryOptions, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Session, type SessionUser } from '../../../contract/session';
import { ApiError, apiGet } from '../../../lib/api-client';
import { forgetSignedIn, wasSignedIn } from '../utils/signed-in-marker';

export const sessionPath = '/api/session';
export const sessionQueryKey = ['session'] as const;
// Set when a browser that was signed in is refused with 401: the session ended.
export const sessionEndedKey = ['session-ended'] as const;

// The server no longer knows this browser's session: say so once (only if
// this browser had signed in; a first visit has nothing that could end).
export function noteSessionEnded(client: QueryClient): void {
  if (wasSignedIn()) client.setQueryData(sessionEndedKey, true);
  forgetSignedIn();
}

// Who is signed in, or null: a 401 here is an answer, not an error. A browser
// that never signed in is not signed in; asking the server could only fail.
export async function getSession(client: QueryClient, signal?: AbortSignal): Promise<SessionUser | null> {
  if (!wasSignedIn()) return null;
  try {
    return (await apiGet(sessionPath, Session, 'your session', signal)).user;
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401)) throw error;
    noteSessionEnded(client);
    return null;
  }
}

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: sessionQueryKey,
    queryFn: ({ client, signal }) => getSession(client, signal),
    staleTime: 5 * 60_000,
  });

export function useSessionUser(): SessionUser | null {
  return useSuspenseQuery(sessionQueryOptions()).data;
}
