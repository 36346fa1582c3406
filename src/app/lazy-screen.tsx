import type { QueryClient } from '@tanstack/react-query';
import { lazy, type ComponentType, type ReactNode } from 'react';
import type { Params } from 'react-router';

// Where a screen is opened: its path's parameters and its query string.
export interface ScreenLocation {
  params: Readonly<Params>;
  search: URLSearchParams;
}

// A screen's code as loaded on demand, and, for a screen that reads more than
// the plan, the answers it reads asked for ahead of it (the same query
// options, so the screen finds them in the cache).
export interface ScreenModule {
  Screen: ComponentType;
  prefetch?: (queryClient: QueryClient, at: ScreenLocation) => Promise<unknown>;
}

export interface LazyScreen {
  (): ReactNode;
  preload(): Promise<ScreenModule>;
}

// Like React.lazy, but the code can be asked for before a screen renders,
// and a screen whose code is in renders at once: React.lazy suspends on its
// first render even then, which on a cold load reveals the loading message
// (held on screen for 300 ms) though nothing is left to wait for. One module
// may hold several screens (/review and /review/:quarter): once it is in, all
// of them are.
export function lazyScreens<M>(load: () => Promise<M>): (pick: (module: M) => ScreenModule) => LazyScreen {
  let loaded: M | undefined;
  let loading: Promise<M> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        // A failed load is tried again by the next render (the error screen's retry).
        loading = undefined;
        throw error;
      },
    ));
  return (pick) => {
    // Only while the code is not in; it sets `loaded` before it resolves, so
    // a screen never renders through it and then without it (a remount).
    const Pending = lazy(() => preload().then((module) => ({ default: pick(module).Screen })));
    function Screen() {
      if (loaded === undefined) return <Pending />;
      const { Screen: Loaded } = pick(loaded);
      return <Loaded />;
    }
    return Object.assign(Screen, { preload: () => preload().then(pick) });
  };
}
