import type { ImportProblem } from '../../contract/spreadsheet-import';
import type { RowDraft, SheetColumn } from './sheet-columns';
import type { SheetRow } from './sheet-rows';

export interface ReadRecord<T> {
  readonly line: number;
  readonly record: T;
}

export interface SheetReading<T> {
  readonly records: ReadRecord<T>[];
  // Every problem of the file; a file with any is imported not at all.
  readonly problems: ImportProblem[];
}

// The contract's verdict on a whole draft: the record, or field → reason.
export type DraftCheck<T> = { readonly ok: true; readonly record: T } | { readonly ok: false; readonly fields: Record<string, string> };

export interface SheetSpec<T> {
  // "actions", as in "a column of the actions sheet".
  readonly kind: string;
  readonly columns: readonly SheetColumn<never>[];
  readonly check: (draft: RowDraft) => DraftCheck<T>;
  // What identifies a record, once per file: a repeat is named with the line of the first.
  readonly unique: { readonly keyOf: (record: T) => string; readonly column: string; readonly what: string };
}

const headerKey = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

interface HeaderMatch {
  readonly indexes: Map<SheetColumn<never>, number>;
  readonly problems: ImportProblem[];
}

// Headers match whatever their case and spacing; the order is free.
function matchHeader<T>(header: SheetRow, spec: SheetSpec<T>): HeaderMatch {
  const byKey = new Map(spec.columns.map((column) => [headerKey(column.header), column]));
  const indexes = new Map<SheetColumn<never>, number>();
  const problems: ImportProblem[] = [];
  const names = spec.columns.map((c) => c.header).join(', ');
  header.cells.forEach((text, index) => {
    if (text.trim() === '') return;
    const column = byKey.get(headerKey(text));
    if (column === undefined) {
      problems.push({ line: header.line, column: text.trim(), reason: `is not a column of the ${spec.kind} sheet; its columns are: ${names}` });
    } else if (indexes.has(column)) {
      problems.push({ line: header.line, column: column.header, reason: 'is named twice in the first row: keep one of the two columns' });
    } else {
      indexes.set(column, index);
    }
  });
  for (const column of spec.columns) {
    if (column.required === true && !indexes.has(column)) {
      problems.push({ line: header.line, column: column.header, reason: 'is missing: the first row must name this column' });
    }
  }
  return { indexes, problems };
}

// A row's problems in the order of the columns, whichever check found them.
function readRow<T>(row: SheetRow, spec: SheetSpec<T>, indexes: Map<SheetColumn<never>, number>, problems: ImportProblem[]): T | null {
  const found: ImportProblem[] = [];
  const record = checkRow(row, spec, indexes, found);
  const order = (problem: ImportProblem) => spec.columns.findIndex((c) => c.header === problem.column);
  problems.push(...found.sort((a, b) => order(a) - order(b)));
  return record;
}

function checkRow<T>(row: SheetRow, spec: SheetSpec<T>, indexes: Map<SheetColumn<never>, number>, problems: ImportProblem[]): T | null {
  const draft: RowDraft = {};
  const reported = new Set<string>();
  const used = new Set(indexes.values());
  row.cells.forEach((cell, index) => {
    if (!used.has(index) && cell.trim() !== '') {
      problems.push({ line: row.line, column: null, reason: `has a value in column ${index + 1}, which has no header: name the column or clear the cell` });
    }
  });
  for (const column of spec.columns) {
    if (column.read === undefined) continue;
    const index = indexes.get(column);
    const reason = column.read(index === undefined ? '' : (row.cells[index] ?? '').trim(), draft);
    if (reason !== null) {
      problems.push({ line: row.line, column: column.header, reason });
      for (const field of column.fields ?? []) reported.add(field);
    }
  }
  const checked = spec.check(draft);
  if (checked.ok) return reported.size === 0 ? checked.record : null;
  for (const [field, reason] of Object.entries(checked.fields)) {
    const name = field.split('.')[0] ?? field;
    if (reported.has(name)) continue;
    reported.add(name);
    const column = spec.columns.find((c) => c.fields?.includes(name));
    problems.push({ line: row.line, column: column?.header ?? null, reason });
  }
  return null;
}

// Excel saves "CSV" with semicolons where the decimal mark is a comma, and
// some tools save tabs: the whole header then lands in one cell.
function otherSeparator(header: SheetRow): ImportProblem | null {
  const filled = header.cells.filter((cell) => cell.trim() !== '');
  const [only] = filled;
  if (filled.length !== 1 || only === undefined) return null;
  const name = only.includes(';') ? 'semicolons' : only.includes('\t') ? 'tabs' : null;
  if (name === null) return null;
  const reason = `The first row is one cell, with its column names separated by ${name}: save the file as CSV UTF-8 (comma delimited) and import it again.`;
  return { line: header.line, column: null, reason };
}

// The rows of a file, the first one naming the columns, read into records;
// every problem is reported, not only the first.
export function readSheet<T>(rows: readonly SheetRow[], spec: SheetSpec<T>): SheetReading<T> {
  const [header, ...body] = rows;
  if (header === undefined) {
    return { records: [], problems: [{ line: null, column: null, reason: 'The file is empty: its first row must name the columns.' }] };
  }
  const separator = otherSeparator(header);
  if (separator !== null) return { records: [], problems: [separator] };
  const { indexes, problems } = matchHeader(header, spec);
  if (problems.length > 0) return { records: [], problems };
  const records: ReadRecord<T>[] = [];
  const firstLines = new Map<string, number>();
  const { keyOf, column, what } = spec.unique;
  for (const row of body) {
    const record = readRow(row, spec, indexes, problems);
    if (record === null) continue;
    const first = firstLines.get(keyOf(record));
    if (first === undefined) {
      firstLines.set(keyOf(record), row.line);
      records.push({ line: row.line, record });
    } else {
      problems.push({ line: row.line, column, reason: `repeats ${what} of line ${first}: each may appear once in a file` });
    }
  }
  return { records, problems };
}
