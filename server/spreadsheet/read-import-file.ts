import { xlsxMediaType, type ImportKind } from '../../src/contract/spreadsheet-import';
import { readCsv } from '../../src/domain/spreadsheet/csv-reader';
import { isTooLarge, tooLargeProblem, type SheetRead } from '../../src/domain/spreadsheet/sheet-rows';
import { readXlsx } from './xlsx-reader';

export type ImportFormat = 'csv' | 'xlsx';

// Browsers on Windows send a .csv file as Excel's old media type.
const csvMediaTypes = ['text/csv', 'application/csv', 'application/vnd.ms-excel'];

export function importFormatOf(contentType: string | undefined): ImportFormat | null {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (csvMediaTypes.includes(type)) return 'csv';
  return type === xlsxMediaType ? 'xlsx' : null;
}

export const importFormatMessage = `Send the file as CSV (text/csv) or as an Excel workbook (${xlsxMediaType}).`;

// A file as sent, read into rows: too large a file is refused before it is read.
export async function readImportFile(bytes: Uint8Array, format: ImportFormat, kind: ImportKind): Promise<SheetRead> {
  if (isTooLarge(bytes.byteLength)) return { ok: false, problems: [tooLargeProblem(bytes.byteLength)] };
  return format === 'csv' ? readCsv(bytes) : readXlsx(bytes, kind);
}
