import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env';
import { apiRoute } from '../http/permissions';
import { queryOf } from '../http/validate';
import { exportActions } from '../services/action-queries';

export function registerExportRoutes(app: Hono<AppEnv>): void {
  apiRoute(app, 'GET', '/api/export/actions.csv', async (c) => {
    const { csv, fileName } = await exportActions(c.get('store'), queryOf(c), c.get('config').now());
    return c.body(csv, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${fileName}"` });
  });
}
