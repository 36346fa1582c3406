import { RecordId } from '../../src/contract/plain-text';
import * as z from 'zod/mini';
import { ActionFilters, type ActionDetail, type ActionList } from '../../src/contract/actions';
import { QuarterKey } from '../../src/contract/quarter-key';
import { actionDetailAsOf } from '../../src/domain/action-record';
import { listPageSize } from '../../src/domain/list-actions';
import { HttpError } from '../http/http-error';
import type { Store } from '../store/store';
import { parseInput } from './parse-input';
import { resolveAsOf } from './read-scope';

const DetailQuery = z.object({ quarter: z.optional(QuarterKey) });
export const IdParam = z.object({ id: RecordId });

export async function listActions(store: Store, query: unknown, now: Date): Promise<ActionList> {
  const filters = parseInput(ActionFilters, query, 'query parameter');
  const { quarter, latestReported } = await resolveAsOf(store, filters.quarter, now);
  const [{ items, total }, unfilteredTotal] = await Promise.all([store.reads.listActions(filters, quarter), store.reads.countActions()]);
  return { items, total, unfilteredTotal, page: filters.page ?? 1, pageSize: listPageSize(filters), asOf: quarter, latestReported };
}

export async function actionDetail(store: Store, params: unknown, query: unknown, now: Date): Promise<ActionDetail> {
  const { id } = parseInput(IdParam, params, 'path parameter');
  const asked = parseInput(DetailQuery, query, 'query parameter');
  const { quarter, latestReported } = await resolveAsOf(store, asked.quarter, now);
  const record = await store.reads.actionRecord(id);
  if (record === undefined) throw new HttpError('not_found', `No action has the id "${id}".`);
  return actionDetailAsOf(record, quarter, latestReported);
}
