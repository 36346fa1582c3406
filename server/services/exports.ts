import { ActionExportQuery, type Action, type Update } from '../../src/contract/actions';
import { BenchmarkFilters } from '../../src/contract/benchmarks';
import type { ExportFormat } from '../../src/contract/spreadsheet-export';
import { xlsxMediaType } from '../../src/contract/spreadsheet-import';
import type { ImportKind } from '../../src/contract/spreadsheet-import';
import { actionColumns } from '../../src/domain/spreadsheet/action-sheet';
import { benchmarkColumns, benchmarkSheetRows } from '../../src/domain/spreadsheet/benchmark-sheet';
import { actionSheetRowOf, exportFileName, updateSheetRows } from '../../src/domain/spreadsheet/export-rows';
import type { SheetColumn } from '../../src/domain/spreadsheet/sheet-columns';
import { updateColumns } from '../../src/domain/spreadsheet/update-sheet';
import { csvStream, type RecordPages } from '../spreadsheet/csv-stream';
import type { Store } from '../store/store';
import { parseInput } from './parse-input';
import { requirePlan, resolveAsOf } from './read-scope';

export interface ExportFile {
  readonly body: ReadableStream<Uint8Array>;
  readonly fileName: string;
  readonly mediaType: string;
}

const mediaTypes: Record<ExportFormat, string> = { csv: 'text/csv; charset=utf-8', xlsx: xlsxMediaType };

// The workbook writer is loaded on the first workbook asked for: it is large,
// and the mock API runs this code in a browser.
async function sheetFile<R>(kind: ImportKind, format: ExportFormat, of: string | undefined, columns: readonly SheetColumn<R>[], pages: RecordPages<R>): Promise<ExportFile> {
  const body = format === 'csv' ? csvStream(columns, pages) : (await import('../spreadsheet/xlsx-writer')).xlsxStream(kind, columns, pages);
  return { body, fileName: exportFileName(kind, format, of), mediaType: mediaTypes[format] };
}

const pageSize = 250;

interface ListedAction {
  readonly action: Action;
  readonly updates: readonly Update[];
}

// The list's actions in its order, a page at a time, each with its updates.
async function* listedActions(store: Store, filters: ActionExportQuery, quarter: string): AsyncGenerator<ListedAction[]> {
  let page: Action[] = [];
  const withUpdates = async (actions: Action[]) => {
    const updates = await store.reads.updatesOf(actions.map((a) => a.id));
    return actions.map((action) => ({ action, updates: updates.get(action.id) ?? [] }));
  };
  for await (const action of store.reads.selectActions(filters, quarter)) {
    page.push(action);
    if (page.length === pageSize) {
      yield await withUpdates(page);
      page = [];
    }
  }
  if (page.length > 0) yield await withUpdates(page);
}

async function* mapPages<T, R>(pages: AsyncIterable<T[]>, map: (page: T[]) => R[]): AsyncGenerator<R[]> {
  for await (const page of pages) yield map(page);
}

// Exactly what the action list shows for the same query (paging aside: every
// matching action), as of its quarter, each with its latest note. A bad query
// is refused before the first byte; the file is written as the rows are read.
export async function exportActions(store: Store, format: ExportFormat, query: unknown, now: Date): Promise<ExportFile> {
  const filters = parseInput(ActionExportQuery, query, 'query parameter');
  const { plan, quarter } = await resolveAsOf(store, filters.quarter, now);
  const pages = mapPages(listedActions(store, filters, quarter), (page) => page.map(({ action, updates }) => actionSheetRowOf(action, updates)));
  return sheetFile('actions', format, quarter, actionColumns(plan, quarter), pages);
}

// Every update of the actions the list shows for the same query, action by action in the list's order.
export async function exportUpdates(store: Store, format: ExportFormat, query: unknown, now: Date): Promise<ExportFile> {
  const filters = parseInput(ActionExportQuery, query, 'query parameter');
  const { quarter } = await resolveAsOf(store, filters.quarter, now);
  const pages = mapPages(listedActions(store, filters, quarter), (page) => updateSheetRows(page.map(({ action, updates }) => ({ id: action.id, updates }))));
  return sheetFile('updates', format, quarter, updateColumns, pages);
}

// The measures the benchmarks screen shows for the same filter, a row per figure.
export async function exportBenchmarks(store: Store, format: ExportFormat, query: unknown): Promise<ExportFile> {
  const { priority } = parseInput(BenchmarkFilters, query, 'query parameter');
  const [plan, benchmarks] = await Promise.all([requirePlan(store), store.benchmarks(priority)]);
  return sheetFile('benchmarks', format, priority, benchmarkColumns(plan), [benchmarks.flatMap(benchmarkSheetRows)]);
}

export function exportSheet(store: Store, kind: ImportKind, format: ExportFormat, query: unknown, now: Date): Promise<ExportFile> {
  if (kind === 'benchmarks') return exportBenchmarks(store, format, query);
  return (kind === 'actions' ? exportActions : exportUpdates)(store, format, query, now);
}

// The whole file, for a test or a caller that wants it in one piece.
export async function exportBytes(file: ExportFile): Promise<Uint8Array> {
  return new Uint8Array(await new Response(file.body).arrayBuffer());
}
