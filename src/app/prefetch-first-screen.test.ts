import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { defaultActionPageSize } from '../contract/actions';
import { actionsQueryOptions } from '../features/actions/api/get-actions';
import { demoAccountsQueryOptions } from '../features/auth/api/get-demo-accounts';
import { sessionQueryOptions } from '../features/auth/api/get-session';
import { forgetSignedIn } from '../features/auth/utils/signed-in-marker';
import { overviewQueryOptions } from '../features/matrix/api/get-overview';
import { planQueryOptions } from '../features/plan/api/get-plan';
import { statusHistoryQueryOptions } from '../features/status-history/api/get-status-history';
import { createAppQueryClient } from './create-app-query-client';
import { prefetchFirstScreen } from './prefetch-first-screen';

describe('the first screen’s data', () => {
  it('is all in when the overview first renders: the session, the plan and the matrix; the chart’s numbers follow', async () => {
    const client = createAppQueryClient({ retry: false });
    await prefetchFirstScreen(client, { pathname: '/', search: '?quarter=2025-Q2&historyPriority=wellness' });
    expect(client.getQueryData(sessionQueryOptions().queryKey)).toMatchObject({ role: 'staff' });
    expect(client.getQueryData(planQueryOptions().queryKey)?.priorities).toHaveLength(6);
    expect(client.getQueryData(overviewQueryOptions({ quarter: '2025-Q2' }).queryKey)?.asOf).toBe('2025-Q2');
    await vi.waitFor(() => expect(client.getQueryData(statusHistoryQueryOptions({ priority: 'wellness' }).queryKey)?.quarters.length).toBeGreaterThan(0));
  });

  it('is asked for all at once, not one answer after another', async () => {
    const pending: (() => void)[] = [];
    const asked: string[] = [];
    // Every answer waits until all five questions have been asked.
    server.use(
      http.get('*/api/:resource', async ({ request }) => {
        asked.push(new URL(request.url).pathname);
        await new Promise<void>((resolve) => {
          pending.push(resolve);
          if (pending.length === 5) for (const release of pending) release();
        });
        return undefined;
      }),
    );
    const client = createAppQueryClient({ retry: false });
    await prefetchFirstScreen(client, { pathname: '/', search: '' });
    expect(asked.sort()).toEqual(['/api/overview', '/api/plan', '/api/sample-data', '/api/session', '/api/status-history']);
  });

  it('is not asked for by a browser that never signed in: it knows it is signed out', async () => {
    forgetSignedIn();
    server.use(http.get('*/api/*', () => HttpResponse.json({ error: { code: 'internal', message: 'not expected' } }, { status: 500 })));
    const client = createAppQueryClient({ retry: false });
    await prefetchFirstScreen(client, { pathname: '/', search: '' });
    expect(client.getQueryData(sessionQueryOptions().queryKey)).toBeNull();
    expect(client.getQueryState(planQueryOptions().queryKey)).toBeUndefined();
  });

  it('for another screen, is its own answers as the screen will ask for them', async () => {
    const client = createAppQueryClient({ retry: false });
    await prefetchFirstScreen(client, { pathname: '/actions', search: '?status=at-risk&sort=dueQuarter' });
    const list = client.getQueryData(actionsQueryOptions({ status: 'at-risk', sort: 'dueQuarter', pageSize: defaultActionPageSize }).queryKey);
    expect(list?.items.every((action) => action.status === 'at-risk')).toBe(true);
    expect(list?.total).toBeGreaterThan(0);
  });

  it('for a browser that never signed in, is what the sign-in screen shows', async () => {
    forgetSignedIn();
    const client = createAppQueryClient({ retry: false });
    await prefetchFirstScreen(client, { pathname: '/actions', search: '' });
    expect(client.getQueryData(demoAccountsQueryOptions().queryKey)?.accounts.length).toBeGreaterThan(0);
  });
});
