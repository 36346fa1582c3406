import type { Hono } from 'hono';
import { ActionExportQuery } from '../../src/contract/actions';
import { actionsCsv, actionsCsvFileName } from '../../src/domain/actions-csv';
import { selectActions } from '../../src/domain/list-actions';
import type { AppEnv } from '../http/app-env';
import { apiRoute } from '../http/permissions';
import { parseQuery } from '../http/validate';
import { loadActionSelection } from './action-selection';

// The action list as a CSV file: the same query gives the same rows, in the
// same order, all of them (paging parameters are ignored).
export function registerExportRoutes(app: Hono<AppEnv>): void {
  apiRoute(app, 'GET', '/api/export/actions.csv', async (c) => {
    const filters = parseQuery(c, ActionExportQuery);
    const { plan, records, quarter } = await loadActionSelection(c, filters);
    const csv = actionsCsv(selectActions(records, filters, quarter), plan, quarter);
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${actionsCsvFileName(quarter)}"`,
    });
  });
}
