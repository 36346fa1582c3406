import { RecordId } from '../../src/contract/plain-text';
import * as z from 'zod/mini';
import { ActionExportQuery, ActionFilters, type ActionDetail, type ActionList } from '../../src/contract/actions';
import { QuarterKey } from '../../src/contract/quarter-key';
import { actionDetailAsOf } from '../../src/domain/action-record';
import { actionCsvLine, actionsCsvFileName, actionsCsvHead } from '../../src/domain/actions-csv';
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
  return { items, total, unfilteredTotal, page: filters.page ?? 1, pageSize: filters.pageSize ?? null, asOf: quarter, latestReported };
}

export async function actionDetail(store: Store, params: unknown, query: unknown, now: Date): Promise<ActionDetail> {
  const { id } = parseInput(IdParam, params, 'path parameter');
  const asked = parseInput(DetailQuery, query, 'query parameter');
  const { quarter, latestReported } = await resolveAsOf(store, asked.quarter, now);
  const record = await store.reads.actionRecord(id);
  if (record === undefined) throw new HttpError('not_found', `No action has the id "${id}".`);
  return actionDetailAsOf(record, quarter, latestReported);
}

// The action list as a CSV file: the same query gives the same rows, in the
// same order, all of them (paging parameters are ignored).
// Written as the rows are read, so a whole plan's export holds a page of them
// in memory, not the plan; a bad query is refused before the first byte.
export async function exportActions(store: Store, query: unknown, now: Date): Promise<{ csv: ReadableStream<Uint8Array>; fileName: string }> {
  const filters = parseInput(ActionExportQuery, query, 'query parameter');
  const { plan, quarter } = await resolveAsOf(store, filters.quarter, now);
  const rows = store.reads.selectActions(filters, quarter)[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  let started = false;
  const csv = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(actionsCsvHead()));
        return;
      }
      // A few hundred lines a chunk: small enough to stay flat, large enough to be cheap.
      let lines = '';
      for (let count = 0; count < 250; count += 1) {
        const next = await rows.next();
        if (next.done === true) {
          if (lines !== '') controller.enqueue(encoder.encode(lines));
          controller.close();
          return;
        }
        lines += actionCsvLine(next.value, plan, quarter);
      }
      controller.enqueue(encoder.encode(lines));
    },
    async cancel() {
      await rows.return?.();
    },
  });
  return { csv, fileName: actionsCsvFileName(quarter) };
}
