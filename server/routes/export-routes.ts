import type { Hono } from 'hono';
import { exportFormats, exportPath } from '../../src/contract/spreadsheet-export';
import { importKinds } from '../../src/contract/spreadsheet-import';
import type { AppEnv } from '../http/app-env';
import { apiRoute } from '../http/permissions';
import { queryOf } from '../http/validate';
import { exportSheet } from '../services/exports';

export function registerExportRoutes(app: Hono<AppEnv>): void {
  for (const kind of importKinds) {
    for (const format of exportFormats) {
      apiRoute(app, 'GET', exportPath(kind, format), async (c) => {
        const file = await exportSheet(c.get('store'), kind, format, queryOf(c), c.get('config').now());
        return c.body(file.body, 200, { 'content-type': file.mediaType, 'content-disposition': `attachment; filename="${file.fileName}"` });
      });
    }
  }
}
