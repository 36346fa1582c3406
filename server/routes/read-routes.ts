import { RecordId } from '../../src/contract/plain-text';
import type { Hono } from 'hono';
import * as z from 'zod/mini';
import { ActionFilters } from '../../src/contract/actions';
import { BenchmarkFilters } from '../../src/contract/benchmarks';
import { QuarterKey } from '../../src/contract/quarter-key';
import { StatusHistoryFilters } from '../../src/contract/status-history';
import { actionDetailAsOf } from '../../src/domain/action-record';
import { listActions } from '../../src/domain/list-actions';
import { statusHistory } from '../../src/domain/status-history';
import { latestReportedQuarter, loadActionRecord, loadActionRecords } from '../db/repository/action-repository';
import { loadBenchmarks } from '../db/repository/benchmark-repository';
import type { AppEnv } from '../http/app-env';
import { HttpError } from '../http/http-error';
import { apiRoute } from '../http/permissions';
import { parseParams, parseQuery } from '../http/validate';
import { loadActionSelection } from './action-selection';
import { checkQuarterInPlan, requirePlan } from './read-context';

const DetailQuery = z.object({ quarter: z.optional(QuarterKey) });
const IdParam = z.object({ id: RecordId });

// The read API: validate, load, and let the shared domain rules compute.
export function registerReadRoutes(app: Hono<AppEnv>): void {
  apiRoute(app, 'GET', '/api/health', (c) => c.json({ ok: true }));

  apiRoute(app, 'GET', '/api/plan', async (c) => c.json(await requirePlan(c)));

  apiRoute(app, 'GET', '/api/actions', async (c) => {
    const filters = parseQuery(c, ActionFilters);
    const { records, quarter, latestReported, unfilteredTotal } = await loadActionSelection(c, filters);
    return c.json(listActions(records, filters, quarter, latestReported, unfilteredTotal));
  });

  apiRoute(app, 'GET', '/api/actions/:id', async (c) => {
    const { id } = parseParams(c, IdParam);
    const { quarter } = parseQuery(c, DetailQuery);
    const plan = await requirePlan(c);
    checkQuarterInPlan(quarter, plan);
    const db = c.get('db');
    const record = await loadActionRecord(db, id);
    if (record === undefined) throw new HttpError('not_found', `No action has the id "${id}".`);
    const latest = await latestReportedQuarter(db);
    return c.json(actionDetailAsOf(record, quarter ?? latest ?? plan.period.startQuarter, latest));
  });

  apiRoute(app, 'GET', '/api/status-history', async (c) => {
    const filters = parseQuery(c, StatusHistoryFilters);
    const plan = await requirePlan(c);
    const db = c.get('db');
    const [records, latest] = await Promise.all([loadActionRecords(db, filters), latestReportedQuarter(db)]);
    return c.json({ quarters: statusHistory(records, plan.quarters, latest) });
  });

  apiRoute(app, 'GET', '/api/benchmarks', async (c) => {
    const { priority } = parseQuery(c, BenchmarkFilters);
    const items = await loadBenchmarks(c.get('db'), priority);
    return c.json({ items, total: items.length });
  });
}
