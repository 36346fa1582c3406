import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { Session, type SessionUser } from '../../../contract/session';
import { ApiError, apiGet } from '../../../lib/api-client';

export const sessionQueryKey = ['session'] as const;
// Set when a signed-in user's request is refused with 401: the session ended.
export const sessionEndedKey = ['session-ended'] as const;

// Who is signed in, or null: a 401 here is an answer, not an error.
export async function getSession(signal?: AbortSignal): Promise<SessionUser | null> {
  try {
    return (await apiGet('/api/session', Session, 'your session', signal)).user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: sessionQueryKey,
    queryFn: ({ signal }) => getSession(signal),
    staleTime: 5 * 60_000,
  });

export function useSessionUser(): SessionUser | null {
  return useSuspenseQuery(sessionQueryOptions()).data;
}
