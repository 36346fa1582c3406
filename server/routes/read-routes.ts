import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env';
import { apiRoute } from '../http/permissions';
import { queryOf } from '../http/validate';
import { actionDetail, listActions } from '../services/action-queries';
import { listBenchmarks } from '../services/benchmarks';
import { overview } from '../services/overview';
import { requirePlan } from '../services/read-scope';
import { statusHistory } from '../services/status-history';

// The read API: each route hands its parameters to its service.
export function registerReadRoutes(app: Hono<AppEnv>): void {
  apiRoute(app, 'GET', '/api/health', (c) => c.json({ ok: true }));
  apiRoute(app, 'GET', '/api/plan', async (c) => c.json(await requirePlan(c.get('store'))));
  apiRoute(app, 'GET', '/api/overview', async (c) => c.json(await overview(c.get('store'), queryOf(c), c.get('config').now())));
  apiRoute(app, 'GET', '/api/actions', async (c) => c.json(await listActions(c.get('store'), queryOf(c), c.get('config').now())));
  apiRoute(app, 'GET', '/api/actions/:id', async (c) => c.json(await actionDetail(c.get('store'), c.req.param(), queryOf(c), c.get('config').now())));
  apiRoute(app, 'GET', '/api/status-history', async (c) => c.json(await statusHistory(c.get('store'), queryOf(c), c.get('config').now())));
  apiRoute(app, 'GET', '/api/benchmarks', async (c) => c.json(await listBenchmarks(c.get('store'), queryOf(c))));
}
