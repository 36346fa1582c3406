import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ImportKind } from '../../src/contract/spreadsheet-import';
import { writeCell, type SheetColumn } from '../../src/domain/spreadsheet/sheet-columns';
import type { RecordPages } from './csv-stream';

// "Actions": the name the reader looks for first.
export const sheetNameOf = (kind: ImportKind) => `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;

// The same columns and cells as the CSV, in one sheet named for what it holds:
// the header row bold and frozen, numbers as numbers, typed text neutralised.
// Written row by row as a stream, page by page as the reader takes the bytes,
// so a whole plan's workbook never sits in memory.
export function xlsxStream<R>(kind: ImportKind, columns: readonly SheetColumn<R>[], pages: RecordPages<R>): ReadableStream<Uint8Array> {
  const stream = new PassThrough();
  const write = async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
    const sheet = workbook.addWorksheet(sheetNameOf(kind), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((column) => ({ header: column.header, width: Math.max(12, column.header.length + 2) }));
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.commit();
    for await (const page of pages) {
      for (const record of page) {
        sheet
          .addRow(
            columns.map((column) => {
              const cell = writeCell(column, record);
              return cell.type === 'number' ? Number(cell.text) : cell.text;
            }),
          )
          .commit();
      }
      // Wait for the reader (or its going away) before reading the next page.
      if (stream.writableNeedDrain) await Promise.race([once(stream, 'drain'), once(stream, 'close')]);
      if (stream.destroyed) return;
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => stream.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(stream) as ReadableStream<Uint8Array>;
}

export async function writeXlsx<R>(kind: ImportKind, columns: readonly SheetColumn<R>[], records: readonly R[]): Promise<Uint8Array> {
  return new Uint8Array(await new Response(xlsxStream(kind, columns, [records])).arrayBuffer());
}
