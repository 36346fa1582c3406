import { dehydrate } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { Overview } from './contract/overview';
import { Plan } from './contract/plan';
import { UpdatesDue } from './contract/reporting';
import { SampleData } from './contract/sample-data';
import { Session, writerRoles } from './contract/session';
import { StatusHistory } from './contract/status-history';
import { App } from './app/app';
import { createAppQueryClient } from './app/create-app-query-client';
import { firstScreenStateScript } from './app/first-screen-state';
import { overviewQueryOfSearch } from './app/routes/overview-prefetch';
import { readHistoryParams } from './app/routes/status-history-params';
import { sessionPath, sessionQueryOptions } from './features/auth/api/get-session';
import { overviewPath, overviewQueryOptions } from './features/matrix/api/get-overview';
import { planPath, planQueryOptions } from './features/plan/api/get-plan';
import { updatesDuePath, updatesDueQueryOptions } from './features/reporting/api/get-updates-due';
import { sampleDataPath, sampleDataQueryOptions } from './features/sample-data/api/get-sample-data';
import { statusHistoryPath, statusHistoryQueryOptions } from './features/status-history/api/get-status-history';

// An API answer's body, or null when the API refused (signed out, no access).
export type LoadApi = (path: string) => Promise<unknown>;

export interface RenderedPage {
  // The app's markup, for the page's root element.
  markup: string;
  // The answers it was rendered from, as a data block for the page.
  stateScript: string;
}

// Renders the overview as a signed-in user first sees it, from the same
// answers its screen and header would ask for. Null when the page cannot be
// rendered here (another screen, or nobody signed in): the browser renders it
// then. The status history below the matrix is drawn here too, its chart
// included; so is the sample-data label, so no figure shows unlabelled.
export async function renderPage(url: string, load: LoadApi): Promise<RenderedPage | null> {
  const { pathname, search } = new URL(url, 'http://localhost/');
  if (pathname !== '/') return null;
  const params = new URLSearchParams(search);
  const query = overviewQueryOfSearch(params);
  const history = readHistoryParams(params).value;
  const [session, plan, overview, statusHistory, sampleData] = await Promise.all([
    load(sessionPath),
    load(planPath),
    load(overviewPath(query)),
    load(statusHistoryPath(history)),
    load(sampleDataPath),
  ]);
  if (session === null || plan === null || overview === null || sampleData === null) return null;
  const user = Session.parse(session).user;
  // Only those who report see what is due; asked once the role is known.
  const updatesDue = writerRoles.includes(user.role) ? await load(updatesDuePath) : null;
  const queryClient = createAppQueryClient();
  queryClient.setQueryData(sessionQueryOptions().queryKey, user);
  queryClient.setQueryData(planQueryOptions().queryKey, Plan.parse(plan));
  queryClient.setQueryData(overviewQueryOptions(query).queryKey, Overview.parse(overview));
  if (statusHistory !== null) queryClient.setQueryData(statusHistoryQueryOptions(history).queryKey, StatusHistory.parse(statusHistory));
  queryClient.setQueryData(sampleDataQueryOptions().queryKey, SampleData.parse(sampleData));
  if (updatesDue !== null) queryClient.setQueryData(updatesDueQueryOptions().queryKey, UpdatesDue.parse(updatesDue));
  const router = ({ children }: { children: ReactNode }) => <StaticRouter location={url}>{children}</StaticRouter>;
  const markup = renderToString(<App queryClient={queryClient} router={router} />);
  return { markup, stateScript: firstScreenStateScript(dehydrate(queryClient)) };
}
