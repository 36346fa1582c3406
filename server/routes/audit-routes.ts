import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env';
import { apiRoute } from '../http/permissions';
import { queryOf } from '../http/validate';
import { listAudit } from '../services/audit';

export function registerAuditRoutes(app: Hono<AppEnv>): void {
  apiRoute(app, 'GET', '/api/audit', async (c) => c.json(await listAudit(c.get('store'), queryOf(c))));
}
