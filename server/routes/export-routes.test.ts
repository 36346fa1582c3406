import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ActionList } from '../../src/contract/actions';
import { parseCsv } from '../../tests/parse-csv';
import { createTestApp, send, signIn, type TestApp } from '../testing/test-app';

describe('GET /api/export/actions.csv on the embedded database', () => {
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
});
