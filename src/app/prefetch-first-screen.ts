import type { QueryClient } from '@tanstack/react-query';
import { sessionQueryOptions } from '../features/auth/api/get-session';
import { wasSignedIn } from '../features/auth/utils/signed-in-marker';
import { planQueryOptions } from '../features/plan/api/get-plan';
import { sampleDataQueryOptions } from '../features/sample-data/api/get-sample-data';
import { prefetchOverview } from './routes/overview-prefetch';

// Everything the first screen needs, asked for at once as the page starts,
// in parallel with each other and with the screen's code: who is signed in,
// the plan's texts, whether to label sample data, and the screen's own data. A browser that never signed
// in asks nothing: every answer would be a refusal.
export function prefetchFirstScreen(queryClient: QueryClient, { pathname, search }: { pathname: string; search: string }): Promise<unknown> {
  const session = queryClient.prefetchQuery(sessionQueryOptions());
  if (!wasSignedIn()) return session;
  const screen = pathname === '/' ? prefetchOverview(queryClient, new URLSearchParams(search)) : undefined;
  return Promise.all([session, queryClient.prefetchQuery(planQueryOptions()), queryClient.prefetchQuery(sampleDataQueryOptions()), screen]);
}
