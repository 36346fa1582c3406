import { describe, expect, it } from 'vitest';
import { ActionList } from '../../src/contract/actions';
import { statusLabels } from '../../src/contract/ids';
import { getError, getJson } from '../../tests/api-fetch';
import { parseCsv } from '../../tests/parse-csv';
import { mockData } from '../data';

async function exportOf(search: string) {
  const response = await fetch(`http://localhost/api/export/actions.csv${search}`);
  expect(response.status).toBe(200);
  // text() would drop the byte order mark, so read the bytes.
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  return { response, bytes, rows: parseCsv(text.replace(/^\uFEFF/, '')) };
}

async function listOf(search: string) {
  return ActionList.parse((await getJson(`/api/actions${search}`)).body);
}

describe('GET /api/export/actions.csv', () => {
  it('is a UTF-8 CSV attachment named after the quarter, starting with a byte order mark', async () => {
    const { response, bytes } = await exportOf('');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="pef-actions-2026-Q3.csv"');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const asOf = await exportOf('?quarter=2024-Q2');
    expect(asOf.response.headers.get('content-disposition')).toBe('attachment; filename="pef-actions-2024-Q2.csv"');
  });

  it('writes a header row, then every action of the plan', async () => {
    const { rows } = await exportOf('');
    expect(rows[0]?.slice(0, 3)).toEqual(['ID', 'Title', 'Priority']);
    expect(rows).toHaveLength(mockData().actions.length + 1);
    expect(rows.slice(1).map((row) => row[0]).sort()).toEqual(mockData().actions.map((a) => a.id).sort());
  });

  it('holds exactly the list’s matching rows in the list’s order, on every page at once', async () => {
    const query = '?focusArea=community-building&sort=-dueQuarter&quarter=2025-Q4';
    const list = await listOf(query);
    const { rows } = await exportOf(`${query}&page=2&pageSize=5`);
    expect(list.total).toBeGreaterThan(5);
    expect(rows.slice(1).map((row) => row[0])).toEqual(list.items.map((a) => a.id));
    const statusColumn = rows[0]?.indexOf('Status') ?? -1;
    expect(rows.slice(1).map((row) => row[statusColumn])).toEqual(list.items.map((a) => statusLabels[a.status]));
    expect(rows.slice(1).every((row) => row[rows[0]?.indexOf('As of') ?? -1] === '2025-Q4')).toBe(true);
  });

  it('writes only the header when nothing matches', async () => {
    const { rows } = await exportOf('?q=no-such-action-zzz');
    expect(rows).toHaveLength(1);
  });

  it.each([
    ['an unknown sort', 'sort', 'dueDate'],
    ['an unknown student group', 'studentGroup', 'martians'],
    ['a quarter outside the plan', 'quarter', '2031-Q1'],
    ['an unknown status', 'status', 'done'],
  ])('rejects %s with a 400 naming the field', async (_label, field, value) => {
    const error = await getError(`/api/export/actions.csv?${field}=${value}`, 400, 'bad_request');
    expect(Object.keys(error.fields ?? {})).toEqual([field]);
  });
});
