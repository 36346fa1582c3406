import { describe, expect, it } from 'vitest';
import { maxImportBytes, xlsxMediaType } from '../../src/contract/spreadsheet-import';
import { updateColumns } from '../../src/domain/spreadsheet/update-sheet';
import { importFormatOf, readImportFile } from './read-import-file';
import { writeXlsx } from './xlsx-writer';

describe('importFormatOf', () => {
  it('knows CSV, as browsers send it, and the workbook media type', () => {
    expect(importFormatOf('text/csv; charset=utf-8')).toBe('csv');
    expect(importFormatOf('application/vnd.ms-excel')).toBe('csv');
    expect(importFormatOf(`${xlsxMediaType}`)).toBe('xlsx');
    expect(importFormatOf('application/json')).toBeNull();
    expect(importFormatOf(undefined)).toBeNull();
  });
});

describe('readImportFile', () => {
  it('reads a CSV file and a workbook into the same rows', async () => {
    const row = { actionId: 'a-001', update: { quarter: '2025-Q1', status: 'on-track' as const, percentComplete: 40, note: 'Met twice.', author: 'Ana Ruiz', createdAt: '2025-04-10T17:00:00.000Z' } };
    const csv = new TextEncoder().encode('\uFEFFAction ID,Quarter,Status,Percent complete,Note,Author,Created at\r\na-001,2025-Q1,On track,40,Met twice.,Ana Ruiz,2025-04-10T17:00:00.000Z\r\n');
    const fromCsv = await readImportFile(csv, 'csv', 'updates');
    const fromXlsx = await readImportFile(await writeXlsx('updates', updateColumns, [row]), 'xlsx', 'updates');
    expect(fromCsv.ok).toBe(true);
    expect(fromXlsx).toEqual(fromCsv);
  });

  it('refuses a file over 20 MB before reading it', async () => {
    const read = await readImportFile(new Uint8Array(maxImportBytes + 1), 'csv', 'actions');
    expect(read).toEqual({
      ok: false,
      problems: [{ line: null, column: null, reason: 'The file is 20.1 MB; at most 20 MB can be imported at once: split it into smaller files.' }],
    });
    expect((await readImportFile(new Uint8Array(maxImportBytes), 'csv', 'actions')).ok).toBe(true);
  });
});
