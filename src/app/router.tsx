import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { NotFoundRoute } from './routes/not-found';
import { overviewLoader, OverviewRoute } from './routes/overview';
import { RootLayout, RootLoading } from './routes/root-layout';
import { RouteError } from './routes/route-error';

// Every view is a URL. The overview is in the first bundle; other screens load
// on demand so the matrix never waits for them.
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: '/',
      Component: RootLayout,
      HydrateFallback: RootLoading,
      ErrorBoundary: RouteError,
      children: [
        {
          ErrorBoundary: RouteError,
          children: [
            { index: true, loader: overviewLoader(queryClient), Component: OverviewRoute },
            {
              path: 'actions',
              lazy: async () => {
                const route = await import('./routes/actions');
                return { loader: route.actionsLoader(queryClient), Component: route.ActionsRoute };
              },
            },
            {
              path: 'plan',
              lazy: async () => {
                const route = await import('./routes/plan');
                return { loader: route.planLoader(queryClient), Component: route.PlanRoute };
              },
            },
            {
              path: 'benchmarks',
              lazy: async () => {
                const route = await import('./routes/benchmarks');
                return { loader: route.benchmarksLoader(queryClient), Component: route.BenchmarksRoute };
              },
            },
            {
              path: 'review',
              lazy: async () => {
                const route = await import('./routes/review');
                return { Component: route.ReviewRoute };
              },
            },
            { path: '*', Component: NotFoundRoute },
          ],
        },
      ],
    },
  ];
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient));
}
