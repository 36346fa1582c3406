import { maxImportBytes, maxImportRows, type ImportProblem } from '../../contract/spreadsheet-import';

// A file read into rows, whatever its format: each row with the line of a CSV
// file it starts on, or its row number in a sheet, so problems can name it.
export interface SheetRow {
  readonly line: number;
  readonly cells: readonly string[];
}

// A file that cannot be read into rows says why; a problem of a single row is for the columns to find.
export type SheetRead = { readonly ok: true; readonly rows: SheetRow[] } | { readonly ok: false; readonly problems: ImportProblem[] };

// Spreadsheets save rows that only ever held formatting as empty cells; they are not records.
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

// The header and at most maxImportRows records.
export function tooManyRows(rowsSoFar: number): boolean {
  return rowsSoFar > maxImportRows + 1;
}

export const tooManyRowsProblem: ImportProblem = {
  line: null,
  column: null,
  reason: `The file has more than ${maxImportRows.toLocaleString('en-US')} rows: split it into files of at most ${maxImportRows.toLocaleString('en-US')} rows each.`,
};

export function tooLargeProblem(bytes: number): ImportProblem {
  const megabytes = (limit: number) => `${Math.ceil((limit / 1024 / 1024) * 10) / 10} MB`;
  return {
    line: null,
    column: null,
    reason: `The file is ${megabytes(bytes)}; at most ${megabytes(maxImportBytes)} can be imported at once: split it into smaller files.`,
  };
}

export function isTooLarge(bytes: number): boolean {
  return bytes > maxImportBytes;
}
