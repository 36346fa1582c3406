import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { ImportKind } from '../../src/contract/spreadsheet-import';
import { ImportResult } from '../../src/contract/spreadsheet-import';
import type { Plan } from '../../src/contract/plan';
import type { ActionRecord } from '../../src/domain/action-record';
import { actionColumns } from '../../src/domain/spreadsheet/action-sheet';
import { benchmarkColumns, benchmarkSheetRows } from '../../src/domain/spreadsheet/benchmark-sheet';
import { actionSheetRow, updateSheetRows } from '../../src/domain/spreadsheet/export-rows';
import { sheetCsv } from '../../src/domain/spreadsheet/sheet-columns';
import { updateColumns } from '../../src/domain/spreadsheet/update-sheet';
import { loadActionRecords } from '../db/repository/action-repository';
import { loadBenchmarks } from '../db/repository/benchmark-repository';
import type { Database } from '../db/schema';
import type { AppEnv } from '../http/app-env';
import { testOrigin } from './test-app';

export const csvType = 'text/csv';

// A file sent as the import takes it: the raw bytes as the body.
export async function postImport(
  app: Hono<AppEnv>,
  cookie: string,
  kind: ImportKind | string,
  body: string | Uint8Array,
  options: { dryRun?: boolean; type?: string } = {},
): Promise<Response> {
  const query = options.dryRun === undefined ? '' : `?dryRun=${options.dryRun}`;
  const headers = { host: new URL(testOrigin).host, origin: testOrigin, cookie, 'content-type': options.type ?? csvType };
  return app.request(`${testOrigin}/api/import/${kind}${query}`, { method: 'POST', headers, body: typeof body === 'string' ? body : new Uint8Array(body) });
}

export async function importResultOf(response: Response): Promise<ImportResult> {
  if (response.status !== 200) throw new Error(`The import answered ${response.status}: ${await response.text()}`);
  return ImportResult.parse(await response.json());
}

// The plan's records as the export writes them: the same three files an
// import takes back.
export async function exportedFiles(db: Kysely<Database>, plan: Plan, asOf: string): Promise<Record<ImportKind, string>> {
  const [actions, benchmarks] = await Promise.all([loadActionRecords(db), loadBenchmarks(db)]);
  return {
    actions: sheetCsv(
      actionColumns(plan, asOf),
      actions.map((record: ActionRecord) => actionSheetRow(record, asOf)),
    ),
    updates: sheetCsv(updateColumns, updateSheetRows(actions)),
    benchmarks: sheetCsv(benchmarkColumns(plan), benchmarks.flatMap(benchmarkSheetRows)),
  };
}
