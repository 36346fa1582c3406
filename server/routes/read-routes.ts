import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env';
import { apiRoute } from '../http/permissions';
import { queryOf } from '../http/validate';
import { actionDetail, listActions } from '../services/action-queries';
import { listBenchmarks } from '../services/benchmarks';
import { overview } from '../services/overview';
import { requirePlan } from '../services/read-scope';
import { statusHistory } from '../services/status-history';
import { jsonAnswer } from '../http/json-answer';
import { keptAnswer } from '../http/kept-answer';

// The read API: each route hands its parameters to its service.
export function registerReadRoutes(app: Hono<AppEnv>): void {
  apiRoute(app, 'GET', '/api/health', (c) => jsonAnswer(c, { ok: true }));
  apiRoute(app, 'GET', '/api/plan', (c) => keptAnswer(c, () => requirePlan(c.get('store'))));
  apiRoute(app, 'GET', '/api/overview', (c) => keptAnswer(c, () => overview(c.get('store'), queryOf(c), c.get('config').now())));
  apiRoute(app, 'GET', '/api/actions', (c) => keptAnswer(c, () => listActions(c.get('store'), queryOf(c), c.get('config').now())));
  apiRoute(app, 'GET', '/api/actions/:id', (c) => keptAnswer(c, () => actionDetail(c.get('store'), c.req.param(), queryOf(c), c.get('config').now())));
  apiRoute(app, 'GET', '/api/status-history', (c) => keptAnswer(c, () => statusHistory(c.get('store'), queryOf(c), c.get('config').now())));
  apiRoute(app, 'GET', '/api/benchmarks', (c) => keptAnswer(c, () => listBenchmarks(c.get('store'), queryOf(c))));
}
