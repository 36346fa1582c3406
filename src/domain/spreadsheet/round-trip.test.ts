import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionImportOf, actionSheetRows, benchmarkRecords, updateImportOf, updateSheetRows } from '../../../tests/spreadsheet-arbitraries';
import { pefPlan } from '../pef-plan';
import { actionColumns, readActionRows } from './action-sheet';
import { benchmarkColumns, benchmarkSheetRows } from './benchmark-sheet';
import { readBenchmarkRows } from './read-benchmark-rows';
import { readCsv } from './csv-reader';
import { planActionImport, planBenchmarkImport, planUpdateImport } from './plan-import';
import { sheetCsv } from './sheet-columns';
import type { SheetRow } from './sheet-rows';
import { readUpdateRows, updateColumns } from './update-sheet';

function csvRows(csv: string): SheetRow[] {
  const read = readCsv(new TextEncoder().encode(csv));
  if (!read.ok) throw new Error(read.problems[0]?.reason);
  return read.rows;
}

describe('export, then import: the same records', () => {
  it('actions', () => {
    fc.assert(
      fc.property(actionSheetRows, (rows) => {
        const read = readActionRows(csvRows(sheetCsv(actionColumns(pefPlan, '2025-Q3'), rows)), { plan: pefPlan });
        expect(read.problems).toEqual([]);
        expect(read.records.map((r) => r.record)).toEqual(rows.map(actionImportOf));
        const stored = rows.map((r) => ({ ...r.action, updates: [] }));
        expect(planActionImport(read.records.map((r) => r.record), stored)).toEqual({ created: [], changed: [], unchanged: rows.map((r) => r.action.id) });
      }),
    );
  });

  it('updates', () => {
    fc.assert(
      fc.property(updateSheetRows, (rows) => {
        const context = { actionIds: new Set(rows.map((r) => r.actionId)) };
        const read = readUpdateRows(csvRows(sheetCsv(updateColumns, rows)), context);
        expect(read.problems).toEqual([]);
        expect(read.records.map((r) => r.record)).toEqual(rows.map(updateImportOf));
        expect(planUpdateImport(read.records.map((r) => r.record), rows.map(updateImportOf)).unchanged).toHaveLength(rows.length);
      }),
    );
  });

  it('benchmarks', () => {
    fc.assert(
      fc.property(benchmarkRecords, (benchmarks) => {
        const read = readBenchmarkRows(csvRows(sheetCsv(benchmarkColumns(pefPlan), benchmarks.flatMap(benchmarkSheetRows))), { plan: pefPlan });
        expect(read.problems).toEqual([]);
        expect(read.records.map((r) => r.record)).toEqual(benchmarks);
        expect(planBenchmarkImport(read.records.map((r) => r.record), benchmarks).unchanged).toHaveLength(benchmarks.length);
      }),
    );
  });
});
