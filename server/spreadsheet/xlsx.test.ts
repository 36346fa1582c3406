import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anAction } from '../../tests/action-fixtures';
import { actionImportOf, actionSheetRows, benchmarkRecords, updateImportOf, updateSheetRows } from '../../tests/spreadsheet-arbitraries';
import { maxImportRows } from '../../src/contract/spreadsheet-import';
import { pefPlan } from '../../src/domain/pef-plan';
import { actionColumns, readActionRows } from '../../src/domain/spreadsheet/action-sheet';
import { benchmarkColumns, benchmarkSheetRows } from '../../src/domain/spreadsheet/benchmark-sheet';
import { readBenchmarkRows } from '../../src/domain/spreadsheet/read-benchmark-rows';
import { readCsv } from '../../src/domain/spreadsheet/csv-reader';
import { sheetCsv } from '../../src/domain/spreadsheet/sheet-columns';
import type { SheetRead, SheetRow } from '../../src/domain/spreadsheet/sheet-rows';
import { readUpdateRows, updateColumns } from '../../src/domain/spreadsheet/update-sheet';
import { readXlsx } from './xlsx-reader';
import { writeXlsx } from './xlsx-writer';

function rowsOf(read: SheetRead): SheetRow[] {
  if (!read.ok) throw new Error(read.problems.map((p) => p.reason).join('\n'));
  return read.rows;
}

// Cells alike; lines differ where a CSV field holds a line break.
const csvCells = (csv: string) => rowsOf(readCsv(new TextEncoder().encode(csv))).map((row) => row.cells);
const cellsOf = (rows: SheetRow[]) => rows.map((row) => row.cells);

async function workbookBytes(fill: (sheet: ExcelJS.Worksheet) => void, name = 'Sheet1'): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet(name));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function loaded(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new Error('no sheet');
  return sheet;
}

const problemsOf = (read: SheetRead) => (read.ok ? [] : read.problems);
const runs = { numRuns: 15 };

describe('a workbook the export wrote, imported: the same records and the same cells as the CSV', () => {
  it('actions', async () => {
    await fc.assert(
      fc.asyncProperty(actionSheetRows, async (rows) => {
        const columns = actionColumns(pefPlan, '2025-Q3');
        const sheet = rowsOf(await readXlsx(await writeXlsx('actions', columns, rows), 'actions'));
        expect(cellsOf(sheet)).toEqual(csvCells(sheetCsv(columns, rows)));
        const read = readActionRows(sheet, { plan: pefPlan });
        expect(read.problems).toEqual([]);
        expect(read.records.map((r) => r.record)).toEqual(rows.map(actionImportOf));
      }),
      runs,
    );
  });

  it('updates', async () => {
    await fc.assert(
      fc.asyncProperty(updateSheetRows, async (rows) => {
        const sheet = rowsOf(await readXlsx(await writeXlsx('updates', updateColumns, rows), 'updates'));
        expect(cellsOf(sheet)).toEqual(csvCells(sheetCsv(updateColumns, rows)));
        const read = readUpdateRows(sheet, { actionIds: new Set(rows.map((r) => r.actionId)) });
        expect(read.records.map((r) => r.record)).toEqual(rows.map(updateImportOf));
      }),
      runs,
    );
  });

  it('benchmarks', async () => {
    await fc.assert(
      fc.asyncProperty(benchmarkRecords, async (benchmarks) => {
        const columns = benchmarkColumns(pefPlan);
        const rows = benchmarks.flatMap(benchmarkSheetRows);
        const sheet = rowsOf(await readXlsx(await writeXlsx('benchmarks', columns, rows), 'benchmarks'));
        expect(cellsOf(sheet)).toEqual(csvCells(sheetCsv(columns, rows)));
        expect(readBenchmarkRows(sheet, { plan: pefPlan }).records.map((r) => r.record)).toEqual(benchmarks);
      }),
      runs,
    );
  });
});

describe('writeXlsx', () => {
  it('writes a bold, frozen header row, numbers as numbers and formula-looking text as plain text', async () => {
    const action = anAction({ title: '=HYPERLINK("http://x","y")', owner: '@owner', percentComplete: 35 });
    const sheet = await loaded(await writeXlsx('actions', actionColumns(pefPlan, '2025-Q3'), [{ action, latestNote: '-5% absences' }]));
    expect(sheet.name).toBe('Actions');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(2).getCell(2).value).toBe(`'=HYPERLINK("http://x","y")`);
    expect(sheet.getRow(2).getCell(6).value).toBe("'@owner");
    expect(sheet.getRow(2).getCell(8).value).toBe(35);
    expect(sheet.getRow(2).getCell(15).value).toBe("'-5% absences");
    expect(sheet.getRow(2).getCell(2).type).toBe(ExcelJS.ValueType.String);
  });

  it('keeps a formula start behind a tab, a carriage return or spaces from running, as the CSV does', async () => {
    const notes = ['\t=1+1', '\r@x', ' -2', '  +SUM(A1:A2)', 'plain'];
    const column = { header: 'Note', write: (note: string) => note, cell: 'typed' as const };
    const sheet = await loaded(await writeXlsx('updates', [column], notes));
    const cells = notes.map((_, index) => sheet.getRow(index + 2).getCell(1));
    expect(cells.map((cell) => cell.type)).toEqual(notes.map(() => ExcelJS.ValueType.String));
    // A workbook's XML reads a carriage return back as a line break (the app stores none); the apostrophe stays.
    expect(cells.map((cell) => cell.value)).toEqual(["'\t=1+1", "'\n@x", "' -2", "'  +SUM(A1:A2)", 'plain']);
    const csv = csvCells(sheetCsv([column], notes)).slice(1).map(([cell]) => cell);
    expect(csv).toEqual(["'\t=1+1", "'\r@x", "' -2", "'  +SUM(A1:A2)", 'plain']);
  });
});

describe('readXlsx', () => {
  it('reads the sheet named for the kind, else the first one, with sheet row numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes').addRow(['not this']);
    const updates = workbook.addWorksheet(' Updates ');
    updates.addRow(['Action ID']);
    updates.addRow([]);
    updates.addRow(['a-001']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(rowsOf(await readXlsx(bytes, 'updates'))).toEqual([
      { line: 1, cells: ['Action ID'] },
      { line: 3, cells: ['a-001'] },
    ]);
    expect(rowsOf(await readXlsx(bytes, 'actions'))).toEqual([{ line: 1, cells: ['not this'] }]);
  });

  it('reads numbers, dates and booleans as the text the columns expect', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow(['Percent complete', 'Created at', 'Day', 'Flag', 'Link', 'Rich']);
      sheet.addRow([40, new Date('2025-04-10T17:00:00.000Z'), new Date('2025-04-10T00:00:00.000Z'), true, { text: 'site', hyperlink: 'https://example.org' }, { richText: [{ text: 'Two ' }, { text: 'parts', font: { bold: true } }] }]);
    });
    expect(rowsOf(await readXlsx(bytes, 'updates'))[1]?.cells).toEqual(['40', '2025-04-10T17:00:00.000Z', '2025-04-10', 'TRUE', 'site', 'Two parts']);
  });

  it('refuses every formula cell, naming its reference and column', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow(['Action ID', 'Quarter', 'Percent complete']);
      for (let i = 2; i <= 6; i += 1) sheet.addRow([`a-00${i}`, '2025-Q1', 40]);
      sheet.addRow(['a-007', '2025-Q1', { formula: 'C6+10', result: 50 }]);
      sheet.addRow([{ formula: 'A7', result: 'a-007' }, '2025-Q2', 10]);
    });
    expect(problemsOf(await readXlsx(bytes, 'updates'))).toEqual([
      { line: 7, column: 'Percent complete', reason: 'C7 holds a formula; paste values only (Paste Special › Values) and import again' },
      { line: 8, column: 'Action ID', reason: 'A8 holds a formula; paste values only (Paste Special › Values) and import again' },
    ]);
  });

  it('refuses a merged header row, such as a title above the column names', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow(['Plan actions 2025', '', '']);
      sheet.mergeCells('A1:C1');
      sheet.addRow(['ID', 'Title', 'Owner']);
    });
    expect(problemsOf(await readXlsx(bytes, 'actions'))).toEqual([
      { line: 1, column: null, reason: expect.stringMatching(/^Row 1, the header row, has merged cells \(A1, B1, C1\): it must name one column per cell/) },
    ]);
  });

  it('refuses a file that is not a workbook', async () => {
    expect(problemsOf(await readXlsx(new TextEncoder().encode('ID,Title\r\n'), 'actions'))).toEqual([
      { line: null, column: null, reason: expect.stringMatching(/^The file is not an Excel workbook/) },
    ]);
  });

  // A zip's central directory alone, claiming one entry of the given size.
  function zipClaiming(size: number): Uint8Array {
    const name = new TextEncoder().encode('xl/worksheets/sheet1.xml');
    const bytes = new Uint8Array(46 + name.length + 22);
    const view = new DataView(bytes.buffer);
    view.setUint32(0, 0x02014b50, true);
    view.setUint32(24, size, true);
    view.setUint16(28, name.length, true);
    bytes.set(name, 46);
    const end = 46 + name.length;
    view.setUint32(end, 0x06054b50, true);
    view.setUint16(end + 8, 1, true);
    view.setUint16(end + 10, 1, true);
    view.setUint32(end + 12, end, true);
    return bytes;
  }

  it('refuses a workbook that unpacks to more than an import reads, before reading it', async () => {
    expect(problemsOf(await readXlsx(zipClaiming(150 * 1024 * 1024), 'actions'))).toEqual([
      { line: null, column: null, reason: 'The workbook unpacks to 150 MB, more than an import reads (100 MB): split it into smaller files, or save it as CSV UTF-8.' },
    ]);
    expect(problemsOf(await readXlsx(zipClaiming(0xffffffff), 'actions'))[0]?.reason).toMatch(/^The workbook unpacks to more than 4 GB/);
    expect(problemsOf(await readXlsx(zipClaiming(1024), 'actions'))[0]?.reason).toMatch(/^The file is not an Excel workbook/);
  });

  it('refuses a sheet with more rows than an import takes', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow(['ID']);
      for (let i = 0; i <= maxImportRows; i += 1) sheet.addRow([i]);
    });
    expect(problemsOf(await readXlsx(bytes, 'actions'))).toEqual([expect.objectContaining({ reason: expect.stringMatching(/more than 50,000 rows/) })]);
  }, 60_000);
});
