import { hydrate } from '@tanstack/react-query';
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { rememberSignedIn } from '../features/auth/utils/signed-in-marker';
import { sessionQueryKey } from '../features/auth/api/get-session';
import { App } from './app';
import { createAppQueryClient } from './create-app-query-client';
import { readFirstScreenState } from './first-screen-state';
import { listenForLinkIntent } from './link-intent';
import { firstScreenReady, prefetchScreenAt } from './prefetch-first-screen';
import { reportCaughtError } from './report-caught-error';

// In mock mode (`npm run dev:mock`, and `npm start` until the server exists)
// the API is answered in the browser by the mock service worker.
async function startMockApi(): Promise<void> {
  if (import.meta.env.MODE !== 'mock') return;
  const { worker } = await import('../../mocks/browser');
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}

// Everything the app does in the browser, once main.tsx has loaded this.
export async function startApp(): Promise<void> {
  await startMockApi();
  const root = document.getElementById('root');
  if (root === null) throw new Error('index.html has no #root element');
  const queryClient = createAppQueryClient();
  // The screen of a link the person is about to follow, its code and its
  // answers, is asked for then: the click then finds most of it in. Only when
  // signed in: any other answer would be a refusal.
  listenForLinkIntent(document, (url) => {
    if (queryClient.getQueryData(sessionQueryKey)) void prefetchScreenAt(queryClient, url.pathname, url.search);
  });
  const app = <App queryClient={queryClient} router={BrowserRouter} />;
  const state = readFirstScreenState(document);
  if (state !== undefined) {
    // The server rendered the page for a signed-in user from these answers.
    hydrate(queryClient, state);
    if (queryClient.getQueryData(sessionQueryKey)) rememberSignedIn();
    // As a transition, hydrating yields to the browser every few milliseconds
    // instead of holding the page in one long task.
    startTransition(() => {
      hydrateRoot(root, app, { onCaughtError: reportCaughtError });
    });
    return;
  }
  await firstScreenReady(queryClient, window.location);
  createRoot(root, { onCaughtError: reportCaughtError }).render(app);
}
