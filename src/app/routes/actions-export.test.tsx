import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockData } from '../../../mocks/data';
import { findActionTable } from '../../../tests/action-list';
import { parseCsv } from '../../../tests/parse-csv';
import { renderApp } from '../../../tests/render-app';

// What a person sees in each row, and the same columns of the CSV file.
function tableRows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row', { hidden: true })
    .slice(1)
    .map((row) => {
      const cells = [...within(row).getAllByRole('rowheader', { hidden: true }), ...within(row).getAllByRole('cell', { hidden: true })];
      const [title, status, percent, due, owner] = cells.map((cell) => cell.textContent ?? '');
      return [title ?? '', owner ?? '', status ?? '', (due ?? '').replace('Overdue', ''), percent ?? ''];
    });
}

async function downloadedRows(href: string): Promise<string[][]> {
  const response = await fetch(`http://localhost${href}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  const [header = [], ...rows] = parseCsv((await response.text()).replace(/^\uFEFF/, ''));
  const at = (name: string) => header.indexOf(name);
  const asLabel = (quarter = '') => quarter.replace(/^(\d{4})-Q(\d)$/, 'Q$2 $1');
  return rows.map((row) => [row[at('Title')] ?? '', row[at('Owner')] ?? '', row[at('Status')] ?? '', asLabel(row[at('Due quarter')]), `${row[at('Percent complete')]}%`]);
}

function exportLink() {
  return screen.getByRole('link', { name: /^Download (these \d+ actions|this action) as CSV$/ });
}

describe('the action list’s CSV export', () => {
  it('downloads exactly the rows shown, in the order shown', async () => {
    renderApp('/actions?focusArea=community-building&sort=-dueQuarter&quarter=2025-Q4&pageSize=200');
    const table = await findActionTable('Q4 2025');
    const shown = tableRows(table);
    const link = exportLink();
    expect(link).toHaveAttribute('download');
    expect(link).toHaveAccessibleName(`Download these ${shown.length} actions as CSV`);
    const href = link.getAttribute('href') ?? '';
    expect(href).toBe('/api/export/actions.csv?focusArea=community-building&quarter=2025-Q4&sort=-dueQuarter');
    expect(await downloadedRows(href)).toEqual(shown);
  });

  it('downloads every matching row, not just the page on screen', async () => {
    renderApp('/actions?sort=owner&pageSize=25&page=2');
    const table = await findActionTable();
    const shown = tableRows(table);
    expect(shown).toHaveLength(25);
    const href = exportLink().getAttribute('href') ?? '';
    expect(href).toBe('/api/export/actions.csv?sort=owner');
    const downloaded = await downloadedRows(href);
    expect(downloaded).toHaveLength(mockData().actions.length);
    expect(exportLink()).toHaveAccessibleName(`Download these ${mockData().actions.length} actions as CSV`);
    expect(downloaded.slice(25, 50)).toEqual(shown);
  });

  it('follows the filters as they change', async () => {
    const { user } = renderApp('/actions');
    await findActionTable();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Student group' }), 'foster-youth');
    await within(document.body).findByText(/serving Foster youth/, {}, { timeout: 5000 });
    const href = exportLink().getAttribute('href') ?? '';
    expect(href).toBe('/api/export/actions.csv?studentGroup=foster-youth');
    expect(await downloadedRows(href)).toEqual(tableRows(screen.getByRole('table')));
  });

  it('offers the listed actions as a workbook, and their updates in both formats, for the same filters', async () => {
    renderApp('/actions?priority=wellness&sort=title&quarter=2025-Q4&page=2&pageSize=5');
    await findActionTable('Q4 2025');
    const search = '?priority=wellness&quarter=2025-Q4&sort=title';
    const link = (name: RegExp) => screen.getByRole('link', { name });
    expect(link(/^Download these \d+ actions as Excel$/)).toHaveAttribute('href', `/api/export/actions.xlsx${search}`);
    expect(link(/^Download the updates of these \d+ actions as CSV$/)).toHaveAttribute('href', `/api/export/updates.csv${search}`);
    expect(link(/^Download the updates of these \d+ actions as Excel$/)).toHaveAttribute('href', `/api/export/updates.xlsx${search}`);
    const response = await fetch(`http://localhost/api/export/updates.csv${search}`);
    const [header = [], ...rows] = parseCsv((await response.text()).replace(/^\uFEFF/, ''));
    const listed = new Set(mockData().actions.filter((a) => a.priorityId === 'wellness').map((a) => a.id));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => listed.has(row[header.indexOf('Action ID')] ?? ''))).toBe(true);
  });

  it('offers no download when nothing is listed', async () => {
    renderApp('/actions?q=zzzz-nothing-matches');
    await screen.findByRole('heading', { name: 'No actions found' }, { timeout: 5000 });
    expect(screen.queryByRole('link', { name: /^Download/ })).toBeNull();
  });
});
