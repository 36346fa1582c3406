import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env';
import { apiRoute } from '../http/permissions';
import { queryOf } from '../http/validate';
import { listAudit } from '../services/audit';
import { jsonAnswer } from '../http/json-answer';

export function registerAuditRoutes(app: Hono<AppEnv>): void {
  apiRoute(app, 'GET', '/api/audit', async (c) => jsonAnswer(c, await listAudit(c.get('store'), queryOf(c))));
}
