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

// What a page is drawn from: its URL and the API's answers, as they came.
export interface PageAnswers {
  url: string;
  session: unknown;
  plan: unknown;
  overview: unknown;
  statusHistory: unknown;
  sampleData: unknown;
  updatesDue: unknown;
}

export interface RenderedPage {
  // The app's markup, for the page's root element.
  markup: string;
  // The answers it was rendered from, as a data block for the page.
  stateScript: string;
  // The page's <noscript>: index.html's says the app needs JavaScript to show
  // anything, which is untrue of a page that arrives drawn.
  noscript: string;
}

const drawnPageNoscript = '<noscript>This overview is shown as it was sent: choosing a quarter, filtering and the other screens need JavaScript.</noscript>';

// Asks the API what the overview needs as a signed-in user first sees it:
// the answers its screen and header would ask for. Null when the page
// cannot be rendered here (another screen, or nobody signed in): the
// browser renders it then.
export async function loadPage(url: string, load: LoadApi): Promise<PageAnswers | null> {
  const { pathname, search } = new URL(url, 'http://localhost/');
  if (pathname !== '/') return null;
  const params = new URLSearchParams(search);
  const [session, plan, overview, statusHistory, sampleData] = await Promise.all([
    load(sessionPath),
    load(planPath),
    load(overviewPath(overviewQueryOfSearch(params))),
    load(statusHistoryPath(readHistoryParams(params).value)),
    load(sampleDataPath),
  ]);
  if (session === null || plan === null || overview === null || sampleData === null) return null;
  // Only those who report see what is due; asked once the role is known.
  const updatesDue = writerRoles.includes(Session.parse(session).user.role) ? await load(updatesDuePath) : null;
  return { url, session, plan, overview, statusHistory, sampleData, updatesDue };
}

// The overview drawn from those answers alone, so the same answers always
// give the same page. The status history below the matrix is drawn here
// too, its chart included; so is the sample-data label, so no figure shows
// unlabelled.
export function renderPage(answers: PageAnswers): RenderedPage {
  const { url } = answers;
  const params = new URLSearchParams(new URL(url, 'http://localhost/').search);
  const query = overviewQueryOfSearch(params);
  const history = readHistoryParams(params).value;
  const queryClient = createAppQueryClient();
  queryClient.setQueryData(sessionQueryOptions().queryKey, Session.parse(answers.session).user);
  queryClient.setQueryData(planQueryOptions().queryKey, Plan.parse(answers.plan));
  queryClient.setQueryData(overviewQueryOptions(query).queryKey, Overview.parse(answers.overview));
  if (answers.statusHistory !== null) queryClient.setQueryData(statusHistoryQueryOptions(history).queryKey, StatusHistory.parse(answers.statusHistory));
  queryClient.setQueryData(sampleDataQueryOptions().queryKey, SampleData.parse(answers.sampleData));
  if (answers.updatesDue !== null) queryClient.setQueryData(updatesDueQueryOptions().queryKey, UpdatesDue.parse(answers.updatesDue));
  const router = ({ children }: { children: ReactNode }) => <StaticRouter location={url}>{children}</StaticRouter>;
  const markup = renderToString(<App queryClient={queryClient} router={router} />);
  return { markup, stateScript: firstScreenStateScript(dehydrate(queryClient)), noscript: drawnPageNoscript };
}
