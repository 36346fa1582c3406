import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { ActionDetail, ActionList } from '../../src/contract/actions';
import { BenchmarkList } from '../../src/contract/benchmarks';
import type { ImportKind } from '../../src/contract/spreadsheet-import';
import { readCsv } from '../../src/domain/spreadsheet/csv-reader';
import type { SheetRead } from '../../src/domain/spreadsheet/sheet-rows';
import { parseCsv } from '../../tests/parse-csv';
import { readXlsx } from '../spreadsheet/xlsx-reader';
import { xlsxMediaType } from '../../src/contract/spreadsheet-import';
import { sampleNewAction } from '../testing/route-samples';
import { createTestApp, send, signIn, type TestApp } from '../testing/test-app';

const cellsOf = (read: SheetRead) => {
  if (!read.ok) throw new Error(read.problems.map((p) => p.reason).join('\n'));
  return read.rows.map((row) => row.cells);
};

describe('GET /api/export/{actions,updates,benchmarks}.{csv,xlsx} on the embedded database', () => {
  let t: TestApp;
  let cookie: string;

  beforeEach(async () => {
    t = await createTestApp();
    cookie = await signIn(t.app, 'board');
  });
  afterEach(() => t.close());

  async function csvOf(search: string) {
    const response = await send(t.app, 'GET', `/api/export/actions.csv${search}`, { cookie });
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const rows = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).replace(/^\uFEFF/, ''));
    return { response, bytes, rows };
  }

  async function listOf(search: string) {
    return ActionList.parse(await (await send(t.app, 'GET', `/api/actions${search}`, { cookie })).json());
  }

  it('is a UTF-8 CSV attachment with a byte order mark, named after its quarter, never cached', async () => {
    const { response, bytes } = await csvOf('');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="pef-actions-2026-Q3.csv"');
    expect(response.headers.get('cache-control')).toContain('no-store');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect((await csvOf('?quarter=2025-Q1')).response.headers.get('content-disposition')).toContain('pef-actions-2025-Q1.csv');
  });

  it('holds a header row and exactly the list’s rows for the same query, all pages at once', async () => {
    const query = '?priority=wellness&sort=-percentComplete&quarter=2025-Q4';
    const list = await listOf(query);
    expect(list.total).toBeGreaterThan(3);
    const { rows } = await csvOf(`${query}&page=2&pageSize=3`);
    const header = rows[0] ?? [];
    expect(header.slice(0, 2)).toEqual(['ID', 'Title']);
    expect(rows.slice(1).map((row) => row[0])).toEqual(list.items.map((a) => a.id));
    expect(rows.slice(1).map((row) => Number(row[header.indexOf('Percent complete')]))).toEqual(list.items.map((a) => a.percentComplete));
  });

  it('exports the whole plan when nothing is filtered, and only the header when nothing matches', async () => {
    const all = await listOf('');
    expect((await csvOf('')).rows).toHaveLength(all.unfilteredTotal + 1);
    expect((await csvOf('?q=no-such-action-zzz')).rows).toHaveLength(1);
  });

  it('answers a bad query with a 400 naming the field', async () => {
    const response = await send(t.app, 'GET', '/api/export/actions.csv?sort=dueDate&studentGroup=martians&quarter=2031-Q1', { cookie });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; fields: Record<string, string> } };
    expect(body.error.code).toBe('bad_request');
    expect(Object.keys(body.error.fields).sort()).toEqual(['sort', 'studentGroup']);
    const outside = await send(t.app, 'GET', '/api/export/actions.csv?quarter=2031-Q1', { cookie });
    expect(outside.status).toBe(400);
  });

  it('is for signed-in people only', async () => {
    const response = await send(t.app, 'GET', '/api/export/actions.csv');
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  });

  async function download(path: string) {
    const response = await send(t.app, 'GET', path, { cookie });
    expect(response.status, await response.clone().text()).toBe(200);
    return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
  }

  async function csvCells(path: string) {
    return cellsOf(readCsv((await download(path)).bytes));
  }

  const kinds: [ImportKind, string, string][] = [
    ['actions', '?priority=wellness&sort=-percentComplete&quarter=2025-Q4', 'pef-actions-2025-Q4'],
    ['updates', '?focusArea=voice-agency&status=at-risk', 'pef-updates-2026-Q3'],
    ['benchmarks', '?priority=teachers-leaders', 'pef-benchmarks-teachers-leaders'],
  ];

  it.each(kinds)('writes the %s workbook with the same cells as the CSV, named alike', async (kind, search, name) => {
    const csv = await download(`/api/export/${kind}.csv${search}`);
    expect(csv.response.headers.get('content-disposition')).toBe(`attachment; filename="${name}.csv"`);
    const xlsx = await download(`/api/export/${kind}.xlsx${search}`);
    expect(xlsx.response.headers.get('content-type')).toBe(xlsxMediaType);
    expect(xlsx.response.headers.get('content-disposition')).toBe(`attachment; filename="${name}.xlsx"`);
    const cells = cellsOf(readCsv(csv.bytes));
    expect(cells.length).toBeGreaterThan(1);
    expect(cellsOf(await readXlsx(xlsx.bytes, kind))).toEqual(cells);
  });

  it('lists every update of the listed actions, action by action in the list’s order, oldest first', async () => {
    const search = '?priority=technology&sort=title';
    const list = ActionList.parse(await (await send(t.app, 'GET', `/api/actions${search}`, { cookie })).json());
    const details = await Promise.all(list.items.map(async (a) => ActionDetail.parse(await (await send(t.app, 'GET', `/api/actions/${a.id}`, { cookie })).json())));
    const expected = details.flatMap((d) => [...d.updates].reverse().map((u) => [d.id, u.quarter, u.note]));
    const [header = [], ...rows] = await csvCells(`/api/export/updates.csv${search}`);
    const at = (name: string) => header.indexOf(name);
    expect(rows.map((row) => [row[at('Action ID')], row[at('Quarter')], row[at('Note')]])).toEqual(expected);
    expect(await csvCells('/api/export/updates.csv?q=no-such-action-zzz')).toEqual([header]);
  });

  it('writes each action’s latest note, and formula-looking text as plain text in both formats', async () => {
    const staff = await signIn(t.app, 'staff');
    const created = await send(t.app, 'POST', '/api/actions', { cookie: staff, body: { ...sampleNewAction, title: '=HYPERLINK("http://x","Family nights")', owner: '@Dana' } });
    const id = ActionDetail.parse(await created.json()).id;
    await send(t.app, 'POST', `/api/actions/${id}/updates`, { cookie: staff, body: { quarter: '2026-Q3', status: 'on-track', percentComplete: 40, note: '-2 families this week' } });
    const search = `?q=${encodeURIComponent('HYPERLINK')}&quarter=2026-Q3`;
    const [header = [], row = []] = await csvCells(`/api/export/actions.csv${search}`);
    const cell = (name: string) => row[header.indexOf(name)];
    expect([cell('ID'), cell('Title'), cell('Owner'), cell('Latest note')]).toEqual([id, '\'=HYPERLINK("http://x","Family nights")', "'@Dana", "'-2 families this week"]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from((await download(`/api/export/actions.xlsx${search}`)).bytes) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Actions');
    const title = sheet?.getRow(2).getCell(header.indexOf('Title') + 1);
    expect(title?.type).toBe(ExcelJS.ValueType.String);
    expect(title?.value).toBe('\'=HYPERLINK("http://x","Family nights")');
    expect(sheet?.getRow(2).getCell(header.indexOf('Percent complete') + 1).value).toBe(40);
  });

  it('exports the benchmarks the screen shows for its priority, a row per figure', async () => {
    const list = BenchmarkList.parse(await (await send(t.app, 'GET', '/api/benchmarks?priority=wellness', { cookie })).json());
    const [header = [], ...rows] = await csvCells('/api/export/benchmarks.csv?priority=wellness');
    expect([...new Set(rows.map((row) => row[header.indexOf('Benchmark ID')]))]).toEqual(list.items.map((b) => b.id));
    const all = await csvCells('/api/export/benchmarks.csv');
    expect(all.length).toBeGreaterThan(rows.length + 1);
  });

  it('refuses a bad query for the workbooks and the other sheets too, before writing a byte', async () => {
    for (const path of ['/api/export/benchmarks.xlsx?priority=bad', '/api/export/updates.csv?status=bogus', '/api/export/actions.xlsx?quarter=2031-Q1']) {
      const response = await send(t.app, 'GET', path, { cookie });
      expect(response.status, path).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    }
  });
});
