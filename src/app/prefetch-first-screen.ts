import type { QueryClient } from '@tanstack/react-query';
import { sessionQueryOptions } from '../features/auth/api/get-session';
import { wasSignedIn } from '../features/auth/utils/signed-in-marker';
import { planQueryOptions } from '../features/plan/api/get-plan';
import { sampleDataQueryOptions } from '../features/sample-data/api/get-sample-data';
import { screenAt } from './router';
import { prefetchOverview } from './routes/overview-prefetch';

// Everything the first screen needs, asked for at once as the page starts,
// in parallel with each other: who is signed in, the plan's texts, whether to
// label sample data, the screen's code and its own answers (those once its
// code is in: it knows which). A browser that never signed in asks nothing:
// every answer would be a refusal, and the sign-in screen is where it goes.
// Never fails: a screen whose code or answers did not come asks again as it
// renders, and says so if they fail again.
export function prefetchFirstScreen(queryClient: QueryClient, { pathname, search }: { pathname: string; search: string }): Promise<unknown> {
  const session = queryClient.prefetchQuery(sessionQueryOptions());
  if (!wasSignedIn()) return Promise.all([session, screenAt('/sign-in', '')?.Screen.preload().catch(() => undefined)]);
  const found = screenAt(pathname, search);
  const screen =
    pathname === '/'
      ? prefetchOverview(queryClient, new URLSearchParams(search))
      : found?.Screen.preload()
          .then(({ prefetch }) => prefetch?.(queryClient, found.at))
          .catch(() => undefined);
  return Promise.all([session, queryClient.prefetchQuery(planQueryOptions()), queryClient.prefetchQuery(sampleDataQueryOptions()), screen]);
}
