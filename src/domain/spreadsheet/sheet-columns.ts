import { withoutNonPlainCharacters } from '../../contract/plain-text';
import { toCsv, utf8Bom } from './csv-text';

// Text people typed could start like a formula (=HYPERLINK(…)), which a
// spreadsheet would run on opening; a leading apostrophe makes it plain text
// (OWASP's advice for CSV injection). A tab or carriage return is a formula
// start of its own. Spreadsheets drop control characters and may trim
// leading spaces on import, so "\u0000=…" and " =…" start a formula too: the
// start is judged with those removed.
const formulaStart = /^[=+\-@\t\r]/;

export function neutralizeFormula(text: string): string {
  return formulaStart.test(text) || formulaStart.test(withoutNonPlainCharacters(text).trimStart()) ? `'${text}` : text;
}

// What an import builds for one row before the contract checks it: field name → value.
export type RowDraft = Record<string, unknown>;

// One column of a sheet, the same for export and import. `write` gives the
// cell's text; `read` (absent for columns only the export writes) sets the
// fields it fills on the draft and answers why the cell is wrong, or null.
export interface SheetColumn<R> {
  readonly header: string;
  readonly write: (record: R) => string;
  // typed: text people typed, neutralised against formulas; number: a number cell in a workbook.
  readonly cell?: 'typed' | 'number';
  readonly read?: (cell: string, draft: RowDraft) => string | null;
  // The record fields the contract's check may name for this column.
  readonly fields?: readonly string[];
  readonly required?: boolean;
}

export interface SheetCell {
  readonly text: string;
  readonly type: 'text' | 'number';
}

export function writeCell<R>(column: SheetColumn<R>, record: R): SheetCell {
  const text = column.write(record);
  if (column.cell === 'number' && text !== '') return { text, type: 'number' };
  return { text: column.cell === 'typed' ? neutralizeFormula(text) : text, type: 'text' };
}

// What the export neutralised, read back as it was typed.
export function typedText(cell: string): string {
  return cell.startsWith("'") && neutralizeFormula(cell.slice(1)) === cell ? cell.slice(1) : cell;
}

const cellsOf = <R>(columns: readonly SheetColumn<R>[], record: R) => columns.map((column) => writeCell(column, record).text);

export function sheetTable<R>(columns: readonly SheetColumn<R>[], records: readonly R[]): string[][] {
  return [columns.map((c) => c.header), ...records.map((record) => cellsOf(columns, record))];
}

// The start of a CSV file Excel opens as UTF-8: the byte order mark and the header line.
export function sheetCsvHead<R>(columns: readonly SheetColumn<R>[]): string {
  return utf8Bom + toCsv([columns.map((c) => c.header)]);
}

// The lines of the records, for writing a file as its records are read.
export function sheetCsvLines<R>(columns: readonly SheetColumn<R>[], records: readonly R[]): string {
  return toCsv(records.map((record) => cellsOf(columns, record)));
}

export function sheetCsv<R>(columns: readonly SheetColumn<R>[], records: readonly R[]): string {
  return sheetCsvHead(columns) + sheetCsvLines(columns, records);
}

// The columns an import reads: the template to fill in, without the ones only the export writes.
export function importColumns<R>(columns: readonly SheetColumn<R>[]): SheetColumn<R>[] {
  return columns.filter((column) => column.read !== undefined);
}
