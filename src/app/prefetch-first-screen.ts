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
// code is in: it knows which). A browser that never signed in goes to the
// sign-in screen and asks only for what that shows: every other answer would
// be a refusal.
// Never fails: a screen whose code or answers did not come asks again as it
// renders, and says so if they fail again.
export function prefetchFirstScreen(queryClient: QueryClient, { pathname, search }: { pathname: string; search: string }): Promise<unknown> {
  const session = queryClient.prefetchQuery(sessionQueryOptions());
  if (!wasSignedIn()) return Promise.all([session, prefetchScreenAt(queryClient, '/sign-in', '')]);
  return Promise.all([session, queryClient.prefetchQuery(planQueryOptions()), queryClient.prefetchQuery(sampleDataQueryOptions()), prefetchScreenAt(queryClient, pathname, search)]);
}

// Rendering before the first screen's code and answers are in would reveal a
// loading message, which React then keeps on screen for at least 300 ms
// though they take a few: the app (and a sign-in, for the screen it goes on
// to) waits for them, or a second for a slow server.
export function firstScreenReady(queryClient: QueryClient, location: { pathname: string; search: string }): Promise<unknown> {
  return Promise.race([prefetchFirstScreen(queryClient, location), new Promise((resolve) => setTimeout(resolve, 1000))]);
}

// The screen a URL opens: its code, then its own answers.
export function prefetchScreenAt(queryClient: QueryClient, pathname: string, search: string): Promise<unknown> | undefined {
  if (pathname === '/') return prefetchOverview(queryClient, new URLSearchParams(search));
  const found = screenAt(pathname, search);
  return found?.Screen.preload()
    .then(({ prefetch }) => prefetch?.(queryClient, found.at))
    .catch(() => undefined);
}
