import type { Hono } from 'hono';
import * as z from 'zod/mini';
import { ImportKind } from '../../src/contract/spreadsheet-import';
import type { AppEnv } from '../http/app-env';
import { apiRoute } from '../http/permissions';
import { writeContext } from '../http/write-context';
import { parseParams, queryOf } from '../http/validate';
import { importFile, importTemplate } from '../services/import';
import { requirePlan } from '../services/read-scope';
import { clearSampleData } from '../services/sample-data';
import { jsonAnswer } from '../http/json-answer';

const KindParam = z.object({ kind: ImportKind });

export function registerImportRoutes(app: Hono<AppEnv>): void {
  apiRoute(app, 'POST', '/api/import/:kind', async (c) => {
    const { kind } = parseParams(c, KindParam);
    const file = { contentType: c.req.header('content-type'), bytes: new Uint8Array(await c.req.arrayBuffer()) };
    const store = c.get('store');
    return jsonAnswer(c, await importFile(store, await requirePlan(store), writeContext(c), kind, file, queryOf(c)));
  });

  for (const format of ['csv', 'xlsx'] as const) {
    apiRoute(app, 'GET', `/api/import/:kind/template.${format}`, async (c) => {
      const { kind } = parseParams(c, KindParam);
      const { body, mediaType, fileName } = await importTemplate(await requirePlan(c.get('store')), kind, format);
      return c.body(typeof body === 'string' ? body : new Uint8Array(body), 200, { 'content-type': mediaType, 'content-disposition': `attachment; filename="${fileName}"` });
    });
  }

  apiRoute(app, 'GET', '/api/sample-data', async (c) => jsonAnswer(c, await c.get('store').sampleData()));

  apiRoute(app, 'POST', '/api/sample-data/clear', async (c) => jsonAnswer(c, await clearSampleData(c.get('store'), writeContext(c))));
}
