import { xlsxMediaType } from '../../src/contract/spreadsheet-import';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pefPlan } from '../../src/domain/pef-plan';
import { utf8Bom } from '../../src/domain/spreadsheet/csv-text';
import { actionColumns } from '../../src/domain/spreadsheet/action-sheet';
import { actionSheetRow } from '../../src/domain/spreadsheet/export-rows';
import { importColumns, sheetCsv } from '../../src/domain/spreadsheet/sheet-columns';
import { loadActionRecord, loadActionRecords } from '../db/repository/action-repository';
import { loadBenchmarks } from '../db/repository/benchmark-repository';
import { auditRows, snapshotTables } from '../testing/db-snapshot';
import { csvType, exportedFiles, importResultOf, postImport } from '../testing/import-requests';
import { createTestApp, send, signIn, type TestApp } from '../testing/test-app';

const actionHeader = 'ID,Title,Priority,Focus area,Strategy,Owner,Start quarter,Due quarter,Student groups,Description';
const newAction = 'reading-buddies,Reading buddies,3,Community Building,,director@example.org,2025-Q3,2026-Q2,English learners; Foster youth,Older students read with younger ones.';
const benchmarkHeader = 'Benchmark ID,Priority,Name,Description,Unit,Direction,Baseline year,Baseline value,School year,Student group,Target,Actual';

describe('importing a file', () => {
  let t: TestApp;
  let admin: string;
  beforeEach(async () => {
    t = await createTestApp();
    admin = await signIn(t.app, 'admin');
  });
  afterEach(() => t.close());

  it('of actions: a dry run writes nothing; the import creates, changes and leaves alone; the same file again changes nothing', async () => {
    const rows = (await loadActionRecords(t.handle.db))
      .filter((r) => r.id === 'a-001' || r.id === 'a-002')
      .map((r) => actionSheetRow(r.id === 'a-001' ? { ...r, title: 'A clearer title' } : r, '2026-Q3'));
    const file = `${sheetCsv(importColumns(actionColumns(pefPlan)), rows)}\r\n${newAction}`;
    const before = await snapshotTables(t.handle.db);

    const dry = await importResultOf(await postImport(t.app, admin, 'actions', file, { dryRun: true }));
    expect(dry).toMatchObject({ dryRun: true, written: false, problems: [], created: ['reading-buddies'], changed: [{ id: 'a-001', fields: ['title'] }], unchanged: ['a-002'] });
    expect(await snapshotTables(t.handle.db)).toEqual(before);

    const done = await importResultOf(await postImport(t.app, admin, 'actions', file, { dryRun: false }));
    expect(done).toMatchObject({ dryRun: false, written: true, created: dry.created, changed: dry.changed, unchanged: dry.unchanged });
    expect((await loadActionRecord(t.handle.db, 'a-001'))?.title).toBe('A clearer title');
    const created = await loadActionRecord(t.handle.db, 'reading-buddies');
    // An owner written as an account's e-mail is the account's name, as the updates-due list matches it.
    expect(created).toMatchObject({ owner: 'Executive director (demo)', sample: false, studentGroups: ['english-learners', 'foster-youth'], version: 1 });
    const audit = await auditRows(t.handle.db);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ operation: 'import', entity_type: 'plan', entity_id: 'actions' });
    expect(JSON.parse(audit[0]?.after ?? '')).toEqual({ created: 1, changed: 1, unchanged: 1 });
    const listed = await send(t.app, 'GET', '/api/actions?q=reading%20buddies', { cookie: admin });
    expect(((await listed.json()) as { total: number }).total).toBe(1);

    const after = await snapshotTables(t.handle.db);
    const again = await importResultOf(await postImport(t.app, admin, 'actions', file, { dryRun: false }));
    expect(again).toMatchObject({ written: false, created: [], changed: [], unchanged: ['a-001', 'a-002', 'reading-buddies'] });
    expect(await snapshotTables(t.handle.db)).toEqual(after);
  });

  it('of the whole plan as exported: everything unchanged, nothing written', async () => {
    const before = await snapshotTables(t.handle.db);
    for (const [kind, file] of Object.entries(await exportedFiles(t.handle.db, pefPlan, '2026-Q3'))) {
      const result = await importResultOf(await postImport(t.app, admin, kind, file, { dryRun: false }));
      expect(result.problems, kind).toEqual([]);
      expect(result.created.length + result.changed.length, kind).toBe(0);
      expect(result.unchanged.length, kind).toBeGreaterThan(0);
    }
    expect(await snapshotTables(t.handle.db)).toEqual(before);
  });

  it('of updates: a new quarter added, its status in the lists; a published quarter refused with the update form’s words', async () => {
    const file = ['Action ID,Quarter,Status,Percent complete,Note', 'a-001,2026-Q4,On track,90,"Nearly there, ahead of plan."'].join('\n');
    const record = await loadActionRecord(t.handle.db, 'a-001');
    const q3 = record?.updates.find((u) => u.quarter === '2026-Q3');
    const result = await importResultOf(await postImport(t.app, admin, 'updates', file, { dryRun: false }));
    if (q3?.status === 'completed') {
      expect(result.problems).not.toEqual([]);
      return;
    }
    expect(result).toMatchObject({ written: true, created: ['a-001 2026-Q4'], problems: [] });
    const detail = (await (await send(t.app, 'GET', '/api/actions/a-001?quarter=2026-Q4', { cookie: admin })).json()) as { status: string; percentComplete: number };
    expect(detail).toMatchObject({ status: 'on-track', percentComplete: 90 });

    expect((await send(t.app, 'POST', '/api/quarters/2026-Q3/publish', { cookie: admin, body: {} })).status).toBe(200);
    const locked = ['Action ID,Quarter,Status,Percent complete,Note', `a-002,2026-Q3,At risk,10,Behind.`].join('\n');
    const before = await snapshotTables(t.handle.db);
    const refused = await importResultOf(await postImport(t.app, admin, 'updates', locked, { dryRun: false }));
    expect(refused.written).toBe(false);
    expect(refused.problems).toEqual([{ line: 2, column: 'Quarter', reason: 'Q3 2026 is published and its updates are locked; an admin can reopen it with a reason' }]);
    expect(await snapshotTables(t.handle.db)).toEqual(before);
  });

  it('of benchmarks: one created with its figures, one changed, one left alone', async () => {
    const exported = (await exportedFiles(t.handle.db, pefPlan, '2026-Q3')).benchmarks.split('\r\n');
    const retention = exported.filter((line) => line.startsWith('teacher-retention-rate,'));
    const file = [
      exported[0],
      ...retention.map((line) => line.replace('Teacher retention rate', 'Teachers staying a second year')),
      `family-nights,2,Family wellness nights,,Count,Higher is better,2022-23,4,2024-25,,6,5`,
      `family-nights,2,Family wellness nights,,Count,Higher is better,2022-23,4,2025-26,,8,`,
      `family-nights,2,Family wellness nights,,Count,Higher is better,2022-23,4,2024-25,English learners,,2`,
    ].join('\n');
    const result = await importResultOf(await postImport(t.app, admin, 'benchmarks', file, { dryRun: false }));
    expect(result).toMatchObject({ written: true, problems: [], created: ['family-nights'], changed: [{ id: 'teacher-retention-rate', fields: ['name'] }] });
    const stored = (await loadBenchmarks(t.handle.db)).find((b) => b.id === 'family-nights');
    expect(stored).toMatchObject({
      unit: 'count',
      baseline: { schoolYear: '2022-23', value: 4 },
      years: [{ schoolYear: '2024-25', target: 6, actual: 5 }, { schoolYear: '2025-26', target: 8, actual: null }],
      groups: [{ studentGroupId: 'english-learners', values: [{ schoolYear: '2024-25', actual: 2 }] }],
      version: 1,
      sample: false,
    });
    expect(benchmarkHeader.split(',').length).toBe(12);
    expect((await auditRows(t.handle.db)).map((row) => row.operation)).toEqual(['import']);
  });

  it('is for admins only, and a template holds the import columns', async () => {
    const staff = await signIn(t.app, 'staff');
    expect((await postImport(t.app, staff, 'actions', `${actionHeader}\n${newAction}`, { dryRun: false })).status).toBe(403);
    const template = await send(t.app, 'GET', '/api/import/actions/template.csv', { cookie: admin });
    expect(template.headers.get('content-disposition')).toBe('attachment; filename="plan-tracker-actions-template.csv"');
    // A byte order mark first, so that Excel opens it as UTF-8.
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await template.arrayBuffer())).toBe(`${utf8Bom}${actionHeader}\r\n`);
  });
});

async function workbookBytes(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('Actions'));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('a bad file: a clear answer, and nothing written', () => {
  let t: TestApp;
  let admin: string;
  beforeEach(async () => {
    t = await createTestApp();
    admin = await signIn(t.app, 'admin');
  });
  afterEach(() => t.close());

  async function refusedWith(kind: string, body: string | Uint8Array, type = csvType) {
    const before = await snapshotTables(t.handle.db);
    const response = await postImport(t.app, admin, kind, body, { dryRun: false, type });
    expect(await snapshotTables(t.handle.db)).toEqual(before);
    return response;
  }

  it('a row with problems: every problem named by line and column, and none of the good rows written', async () => {
    const file = [actionHeader, newAction, 'a-new,,9,Nowhere,,Dana Lee,2025-Q3,2024-Q1,,', 'reading-buddies,Again,3,Community Building,,Dana Lee,2025-Q3,2026-Q2,Foster youth,'].join('\n');
    const result = await importResultOf(await refusedWith('actions', file));
    expect(result.written).toBe(false);
    expect(result.problems.map((p) => [p.line, p.column])).toEqual([
      [3, 'Title'],
      [3, 'Priority'],
      [3, 'Focus area'],
      [3, 'Student groups'],
      [4, 'ID'],
    ]);
    expect(result.problems.at(-1)?.reason).toBe('repeats the ID of line 2: each may appear once in a file');
  });

  it('of a workbook with a formula cell, and one with a merged title row above the columns', async () => {
    const formula = await workbookBytes((sheet) => {
      sheet.addRow(actionHeader.split(','));
      sheet.addRow(newAction.split(','));
      sheet.getCell('B2').value = { formula: 'UPPER("x")', result: 'X' };
    });
    const withFormula = await importResultOf(await refusedWith('actions', formula, xlsxMediaType));
    expect(withFormula.problems).toEqual([{ line: 2, column: 'Title', reason: 'B2 holds a formula; paste values only (Paste Special › Values) and import again' }]);
    const merged = await workbookBytes((sheet) => {
      sheet.addRow(['Our actions']);
      sheet.mergeCells('A1:J1');
      sheet.addRow(actionHeader.split(','));
      sheet.addRow(newAction.split(','));
    });
    const withTitle = await importResultOf(await refusedWith('actions', merged, xlsxMediaType));
    expect(withTitle.problems[0]).toMatchObject({ line: 1, column: null, reason: expect.stringMatching(/^Row 1, the header row, has merged cells/) });
  });

  it('in another encoding', async () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode(`${actionHeader}\nx,Caf`), 0xe9, ...new TextEncoder().encode(',3,Community Building,,A,2025-Q3,2026-Q2,Foster youth,\n')]);
    const result = await importResultOf(await refusedWith('actions', latin1));
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.reason).toMatch(/^The file is not UTF-8: line 2 holds the byte 0xE9, which looks like Windows-1252 \("é"\)/);
  });

  it('with a byte order mark: read as any other file', async () => {
    const result = await importResultOf(await postImport(t.app, admin, 'actions', `${utf8Bom}${actionHeader}\n${newAction}`, { dryRun: true }));
    expect(result).toMatchObject({ problems: [], created: ['reading-buddies'] });
  });

  it('with 50,001 rows', async () => {
    const rows = Array.from({ length: 50_001 }, (_, i) => `a-${i},T,3,Community Building,,A,2025-Q3,2026-Q2,Foster youth,`);
    const result = await importResultOf(await refusedWith('actions', [actionHeader, ...rows].join('\n')));
    expect(result.problems).toEqual([{ line: null, column: null, reason: 'The file has more than 50,000 rows: split it into files of at most 50,000 rows each.' }]);
  });

  it('over 20 MB: refused before it is read', async () => {
    const response = await refusedWith('actions', `${actionHeader}\n${'x'.repeat(20 * 1024 * 1024)}`);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'payload_too_large', message: expect.stringMatching(/split it into smaller files/) } });
  });

  it('of a type the import does not read', async () => {
    const response = await refusedWith('actions', '%PDF-1.7', 'application/pdf');
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ error: { code: 'unsupported_media_type', message: expect.stringMatching(/application\/pdf.*CSV \(text\/csv\)/) } });
  });

  it('of a kind the import does not know, or with a bad dryRun', async () => {
    expect((await refusedWith('people', actionHeader)).status).toBe(400);
    const before = await snapshotTables(t.handle.db);
    const response = await postImport(t.app, admin, 'actions', `${actionHeader}\n${newAction}`, { type: csvType });
    expect((await importResultOf(response)).dryRun).toBe(true);
    expect(await snapshotTables(t.handle.db)).toEqual(before);
  });
});
