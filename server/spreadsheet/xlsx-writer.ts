import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ImportKind } from '../../src/contract/spreadsheet-import';
import { writeCell, type SheetColumn } from '../../src/domain/spreadsheet/sheet-columns';

// "Actions": the name the reader looks for first.
export const sheetNameOf = (kind: ImportKind) => `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;

// The same columns and cells as the CSV, in one sheet named for what it holds:
// the header row bold and frozen, numbers as numbers, typed text neutralised.
// Written row by row as a stream: the in-memory workbook takes several times
// longer and holds every row as an object.
export async function writeXlsx<R>(kind: ImportKind, columns: readonly SheetColumn<R>[], records: readonly R[]): Promise<Uint8Array> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetNameOf(kind), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, width: Math.max(12, column.header.length + 2) }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  for (const record of records) {
    sheet
      .addRow(
        columns.map((column) => {
          const cell = writeCell(column, record);
          return cell.type === 'number' ? Number(cell.text) : cell.text;
        }),
      )
      .commit();
  }
  sheet.commit();
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
}
