import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importKinds } from '../../src/contract/spreadsheet-import';
import { pefPlan } from '../../src/domain/pef-plan';
import { actionColumns } from '../../src/domain/spreadsheet/action-sheet';
import { readCsv } from '../../src/domain/spreadsheet/csv-reader';
import { actionSheetRow } from '../../src/domain/spreadsheet/export-rows';
import { selectActions } from '../../src/domain/list-actions';
import { sheetCsv } from '../../src/domain/spreadsheet/sheet-columns';
import { readXlsx } from '../spreadsheet/xlsx-reader';
import { sampleData, sampleStores } from '../testing/sample-stores';
import { testToday } from '../testing/test-app';
import type { Store } from '../store/store';
import { exportBytes, exportSheet } from './exports';

const queries = ['', 'priority=wellness&sort=-dueQuarter&quarter=2025-Q2', 'status=at-risk&studentGroup=foster-youth', 'q=zzzz-nothing'];
const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

// Each store writes every sheet of the same query to the same bytes (a
// workbook, to the same cells), and they are the pure functions' answer.
const files = new Map<string, string>();

for (const { name, skip, open } of sampleStores) describe.skipIf(skip)(`the exports over ${name}`, () => {
  let store: Store;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ store, close } = await open());
  });
  afterAll(() => close());

  it.each(importKinds.flatMap((kind) => queries.map((query) => [kind, query] as const)))('write the same %s file for "%s"', async (kind, query) => {
    const csv = text(await exportBytes(await exportSheet(store, kind, 'csv', Object.fromEntries(new URLSearchParams(query)), testToday)));
    const key = `${kind}?${query}`;
    if (!files.has(key)) files.set(key, csv);
    expect(csv).toBe(files.get(key));
    const workbook = await readXlsx(await exportBytes(await exportSheet(store, kind, 'xlsx', Object.fromEntries(new URLSearchParams(query)), testToday)), kind);
    const csvRead = readCsv(new TextEncoder().encode(csv));
    expect(workbook.ok && csvRead.ok && workbook.rows.map((r) => r.cells)).toEqual(csvRead.ok && csvRead.rows.map((r) => r.cells));
  });

  it('write the actions the pure list functions select, with their latest notes', async () => {
    const filters = { priority: 'wellness' as const, sort: 'owner' as const };
    const expected = sheetCsv(actionColumns(pefPlan, '2025-Q4'), [...selectActions(sampleData.actions, filters, '2025-Q4')].map((a) => {
      const record = sampleData.actions.find((r) => r.id === a.id);
      if (record === undefined) throw new Error(a.id);
      return actionSheetRow(record, '2025-Q4');
    }));
    expect(text(await exportBytes(await exportSheet(store, 'actions', 'csv', { ...filters, quarter: '2025-Q4' }, testToday)))).toBe(expected);
  });
});
