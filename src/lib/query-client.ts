import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';

// Client errors (bad input, missing, malformed answers) will not fix
// themselves; network and server errors may, so they are retried.
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  if (error instanceof ApiError && error.code === 'malformed') return false;
  return failureCount < 2;
}

export function createQueryClient(options: { retry?: boolean } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: options.retry === false ? false : shouldRetry,
      },
    },
  });
}
