import type { Plan } from '../../src/contract/plan';
import { ImportQuery, xlsxMediaType, type ImportKind, type ImportResult } from '../../src/contract/spreadsheet-import';
import { actionColumns } from '../../src/domain/spreadsheet/action-sheet';
import { benchmarkColumns } from '../../src/domain/spreadsheet/benchmark-sheet';
import { importColumns, sheetCsv, type SheetColumn } from '../../src/domain/spreadsheet/sheet-columns';
import { updateColumns } from '../../src/domain/spreadsheet/update-sheet';
import { HttpError } from '../http/http-error';
import { importFormatMessage, importFormatOf, readImportFile, type ImportFormat } from '../spreadsheet/read-import-file';
import { writeXlsx } from '../spreadsheet/xlsx-writer';
import type { Store } from '../store/store';
import { recordAudit, type WriteContext } from './audit';
import { importPlanners } from './import-plans';
import { parseInput } from './parse-input';

export interface ImportFile {
  readonly contentType: string | undefined;
  readonly bytes: Uint8Array;
}

// A spreadsheet imported whole or not at all: the file is read, every row
// checked against the stored records in one transaction, and only a dry run
// of false on a file without a single problem writes, with one audit entry.
// What is already stored as the file says is left alone, so importing the
// same file again changes nothing.
export async function importFile(store: Store, plan: Plan, context: WriteContext, kind: ImportKind, file: ImportFile, query: unknown): Promise<ImportResult> {
  const dryRun = parseInput(ImportQuery, query, 'query parameter').dryRun !== 'false';
  const format = importFormatOf(file.contentType);
  if (format === null) throw new HttpError('unsupported_media_type', `The file's type (${file.contentType ?? 'none'}) cannot be imported. ${importFormatMessage}`);
  const none: ImportResult = { kind, dryRun, written: false, created: [], changed: [], unchanged: [], problems: [] };
  const read = await readImportFile(file.bytes, format, kind);
  if (!read.ok) return { ...none, problems: read.problems };
  return store.transaction(async (trx) => {
    const planned = await importPlanners[kind](trx, plan, read.rows, context);
    const result: ImportResult = { ...none, ...planned.outcome, problems: planned.problems };
    const { created, changed, unchanged } = planned.outcome;
    if (dryRun || planned.problems.length > 0 || created.length + changed.length === 0) return result;
    await planned.write();
    await recordAudit(trx, context, {
      operation: 'import',
      entityType: 'plan',
      entityId: kind,
      before: null,
      after: { created: created.length, changed: changed.length, unchanged: unchanged.length },
    });
    return { ...result, written: true };
  });
}

function templateColumns(kind: ImportKind, plan: Plan): SheetColumn<never>[] {
  if (kind === 'actions') return importColumns<never>(actionColumns(plan));
  if (kind === 'updates') return importColumns<never>(updateColumns);
  return importColumns<never>(benchmarkColumns(plan));
}

export interface TemplateFile {
  readonly body: string | Uint8Array;
  readonly mediaType: string;
  readonly fileName: string;
}

// The columns an import reads, in the export's order, with no rows: a file to fill in.
export async function importTemplate(plan: Plan, kind: ImportKind, format: ImportFormat): Promise<TemplateFile> {
  const columns = templateColumns(kind, plan);
  const fileName = `plan-tracker-${kind}-template.${format}`;
  if (format === 'csv') return { body: sheetCsv(columns, []), mediaType: 'text/csv; charset=utf-8', fileName };
  return { body: await writeXlsx(kind, columns, []), mediaType: xlsxMediaType, fileName };
}
