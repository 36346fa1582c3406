import ExcelJS from 'exceljs';
import { writeCell, type SheetColumn } from '../../src/domain/spreadsheet/sheet-columns';

export const xlsxMediaType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// The same columns and cells as the CSV, in one sheet named for what it holds:
// the header row bold and frozen, numbers as numbers, typed text neutralised.
export async function writeXlsx<R>(sheetName: string, columns: readonly SheetColumn<R>[], records: readonly R[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, width: Math.max(12, column.header.length + 2) }));
  sheet.getRow(1).font = { bold: true };
  for (const record of records) {
    sheet.addRow(
      columns.map((column) => {
        const cell = writeCell(column, record);
        return cell.type === 'number' ? Number(cell.text) : cell.text;
      }),
    );
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
