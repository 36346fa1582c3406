import ExcelJS from 'exceljs';
import type { ImportKind, ImportProblem } from '../../src/contract/spreadsheet-import';
import { isBlankRow, tooManyRows, tooManyRowsProblem, type SheetRead, type SheetRow } from '../../src/domain/spreadsheet/sheet-rows';
import { unpackedZipSize } from './zip-size';

// A date as the columns expect it: a day alone when it has no time of day.
function dateText(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

type CellReading = { readonly text: string } | { readonly reason: string };

function readCell(cell: ExcelJS.Cell): CellReading {
  const value = cell.value;
  switch (cell.type) {
    case ExcelJS.ValueType.Formula:
      return { reason: `${cell.address} holds a formula; paste values only (Paste Special › Values) and import again` };
    case ExcelJS.ValueType.Error:
      return { reason: `${cell.address} holds an error (${cell.text}); replace it with a value` };
    case ExcelJS.ValueType.Date:
      return { text: value instanceof Date ? dateText(value) : cell.text };
    case ExcelJS.ValueType.Number:
      return { text: String(value) };
    case ExcelJS.ValueType.Boolean:
      return { text: value === true ? 'TRUE' : 'FALSE' };
    case ExcelJS.ValueType.Null:
      return { text: '' };
    default:
      return { text: cell.text };
  }
}

function sheetOf(workbook: ExcelJS.Workbook, kind: ImportKind): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((sheet) => sheet.name.trim().toLowerCase() === kind) ?? workbook.worksheets[0];
}

function mergedHeaderProblem(row: ExcelJS.Row): ImportProblem | null {
  const merged: string[] = [];
  row.eachCell({ includeEmpty: true }, (cell) => {
    if (cell.isMerged) merged.push(cell.address);
  });
  if (merged.length === 0) return null;
  return {
    line: row.number,
    column: null,
    reason: `Row ${row.number}, the header row, has merged cells (${merged.join(', ')}): it must name one column per cell. Unmerge them, delete any title rows above the column names, and import again.`,
  };
}

const notAWorkbook: ImportProblem = {
  line: null,
  column: null,
  reason: 'The file is not an Excel workbook (.xlsx): save it as "Excel Workbook (.xlsx)" or as CSV UTF-8 and import it again.',
};

// A workbook is read whole into memory; 50,000 rows of long texts unpack to
// about 60 MB, and a file that unpacks to far more is refused unread.
export const maxUnpackedBytes = 100 * 1024 * 1024;

function unpackedProblem(bytes: Uint8Array): ImportProblem | null {
  const size = unpackedZipSize(bytes);
  if (size === null) return notAWorkbook;
  if (size <= maxUnpackedBytes) return null;
  const megabytes = Number.isFinite(size) ? `${Math.ceil(size / 1024 / 1024)} MB` : 'more than 4 GB';
  return {
    line: null,
    column: null,
    reason: `The workbook unpacks to ${megabytes}, more than an import reads (${maxUnpackedBytes / 1024 / 1024} MB): split it into smaller files, or save it as CSV UTF-8.`,
  };
}

// The sheet named for the kind (or else the first one) as rows, each with
// its row number. Formula and error cells are refused, every one named.
export async function readXlsx(bytes: Uint8Array, kind: ImportKind): Promise<SheetRead> {
  const tooBig = unpackedProblem(bytes);
  if (tooBig !== null) return { ok: false, problems: [tooBig] };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    return { ok: false, problems: [notAWorkbook] };
  }
  const sheet = sheetOf(workbook, kind);
  if (sheet === undefined) return { ok: false, problems: [notAWorkbook] };
  const rows: SheetRow[] = [];
  const problems: ImportProblem[] = [];
  let headers: string[] = [];
  let header: ExcelJS.Row | undefined;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    if (tooManyRows(rows.length)) return;
    const cells: string[] = [];
    // As wide as the header at least: a sheet leaves out empty cells at the end of a row.
    for (let column = 1; column <= Math.max(row.cellCount, headers.length); column += 1) {
      const reading = readCell(row.getCell(column));
      if ('reason' in reading) problems.push({ line: row.number, column: headers[column - 1] ?? null, reason: reading.reason });
      cells.push('text' in reading ? reading.text : '');
    }
    if (isBlankRow(cells)) return;
    if (header === undefined) {
      header = row;
      headers = cells.map((cell) => cell.trim());
    }
    rows.push({ line: row.number, cells });
  });
  if (tooManyRows(rows.length)) return { ok: false, problems: [tooManyRowsProblem] };
  const merged = header === undefined ? null : mergedHeaderProblem(header);
  if (merged !== null) problems.unshift(merged);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}
