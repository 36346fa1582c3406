import { RecordId } from '../../src/contract/plain-text';
import type { Hono } from 'hono';
import * as z from 'zod/mini';
import { ActionPatch, NewAction, UpdateInput } from '../../src/contract/action-writes';
import { BenchmarkPatch, BenchmarkValueInput, NewBenchmark } from '../../src/contract/benchmark-writes';
import { SchoolYear } from '../../src/contract/quarter-key';
import type { AppEnv } from '../http/app-env';
import { writeContext } from '../http/write-context';
import { apiRoute } from '../http/permissions';
import { parseBody, parseParams } from '../http/validate';
import { IdParam } from '../services/action-queries';
import { addUpdate, createAction, editAction } from '../services/action-writes';
import { addBenchmark, changeBenchmark, putBenchmarkValue } from '../services/benchmark-writes';
import { requirePlan } from '../services/read-scope';
import { jsonAnswer } from '../http/json-answer';

const BenchmarkYearParams = z.object({ id: RecordId, schoolYear: SchoolYear });

// The write API: validate the request against the contract, then let the
// service apply the shared domain rules in one transaction with its audit row.
export function registerWriteRoutes(app: Hono<AppEnv>): void {
  apiRoute(app, 'POST', '/api/actions', async (c) => {
    const input = await parseBody(c, NewAction);
    const detail = await createAction(c.get('store'), await requirePlan(c.get('store')), writeContext(c), input);
    return jsonAnswer(c, detail, 201);
  });

  apiRoute(app, 'PATCH', '/api/actions/:id', async (c) => {
    const { id } = parseParams(c, IdParam);
    const patch = await parseBody(c, ActionPatch);
    return jsonAnswer(c, await editAction(c.get('store'), await requirePlan(c.get('store')), writeContext(c), id, patch));
  });

  apiRoute(app, 'POST', '/api/actions/:id/updates', async (c) => {
    const { id } = parseParams(c, IdParam);
    const input = await parseBody(c, UpdateInput);
    const { detail, created } = await addUpdate(c.get('store'), await requirePlan(c.get('store')), writeContext(c), id, input);
    return jsonAnswer(c, detail, created ? 201 : 200);
  });

  apiRoute(app, 'POST', '/api/benchmarks', async (c) => {
    const input = await parseBody(c, NewBenchmark);
    return jsonAnswer(c, await addBenchmark(c.get('store'), await requirePlan(c.get('store')), writeContext(c), input), 201);
  });

  apiRoute(app, 'PATCH', '/api/benchmarks/:id', async (c) => {
    const { id } = parseParams(c, IdParam);
    const patch = await parseBody(c, BenchmarkPatch);
    return jsonAnswer(c, await changeBenchmark(c.get('store'), await requirePlan(c.get('store')), writeContext(c), id, patch));
  });

  apiRoute(app, 'PUT', '/api/benchmarks/:id/values/:schoolYear', async (c) => {
    const { id, schoolYear } = parseParams(c, BenchmarkYearParams);
    const input = await parseBody(c, BenchmarkValueInput);
    return jsonAnswer(c, await putBenchmarkValue(c.get('store'), await requirePlan(c.get('store')), writeContext(c), id, schoolYear, input));
  });
}
