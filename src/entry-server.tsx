import { dehydrate } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { Overview } from './contract/overview';
import { Plan } from './contract/plan';
import { Session } from './contract/session';
import { App } from './app/app';
import { createAppQueryClient } from './app/create-app-query-client';
import { firstScreenStateScript } from './app/first-screen-state';
import { overviewQueryOfSearch } from './app/routes/overview-prefetch';
import { sessionPath, sessionQueryOptions } from './features/auth/api/get-session';
import { overviewPath, overviewQueryOptions } from './features/matrix/api/get-overview';
import { planPath, planQueryOptions } from './features/plan/api/get-plan';

// An API answer's body, or null when the API refused (signed out, no access).
export type LoadApi = (path: string) => Promise<unknown>;

export interface RenderedPage {
  // The app's markup, for the page's root element.
  markup: string;
  // The answers it was rendered from, as a data block for the page.
  stateScript: string;
}

// Renders the overview as a signed-in user first sees it, from the same
// answers its screen would ask for. Null when the page cannot be rendered
// here (another screen, or nobody signed in): the browser renders it then.
export async function renderPage(url: string, load: LoadApi): Promise<RenderedPage | null> {
  const { pathname, search } = new URL(url, 'http://localhost/');
  if (pathname !== '/') return null;
  const query = overviewQueryOfSearch(new URLSearchParams(search));
  const [session, plan, overview] = await Promise.all([load(sessionPath), load(planPath), load(overviewPath(query))]);
  if (session === null || plan === null || overview === null) return null;
  const user = Session.parse(session).user;
  const queryClient = createAppQueryClient();
  queryClient.setQueryData(sessionQueryOptions().queryKey, user);
  queryClient.setQueryData(planQueryOptions().queryKey, Plan.parse(plan));
  queryClient.setQueryData(overviewQueryOptions(query).queryKey, Overview.parse(overview));
  const router = ({ children }: { children: ReactNode }) => <StaticRouter location={url}>{children}</StaticRouter>;
  const markup = renderToString(<App queryClient={queryClient} router={router} />);
  return { markup, stateScript: firstScreenStateScript(dehydrate(queryClient)) };
}
