import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Action, ActionSortKey } from '../../contract/actions';
import { focusAreaIds, priorityIds, statusIds } from '../../contract/ids';
import { compareTitles, expectedActions, findActionTable, latest, planOrder, shownTitles } from '../../../tests/action-list';
import { renderApp } from '../../../tests/render-app';

// Each column's order, worked out here; ties fall back to the plan's order.
const byColumn: Record<ActionSortKey, (a: Action, b: Action) => number> = {
  title: (a, b) => compareTitles(a.title, b.title),
  priority: (a, b) => priorityIds.indexOf(a.priorityId) - priorityIds.indexOf(b.priorityId),
  focusArea: (a, b) => focusAreaIds.indexOf(a.focusAreaId) - focusAreaIds.indexOf(b.focusAreaId),
  strategy: (a, b) => priorityIds.indexOf(a.priorityId) - priorityIds.indexOf(b.priorityId) || compareTitles(a.strategyId ?? '', b.strategyId ?? ''),
  owner: (a, b) => compareTitles(a.owner, b.owner),
  status: (a, b) => statusIds.indexOf(a.status) - statusIds.indexOf(b.status),
  dueQuarter: (a, b) => a.dueQuarter.localeCompare(b.dueQuarter),
  percentComplete: (a, b) => a.percentComplete - b.percentComplete,
};

function expectedOrder(key: ActionSortKey, descending: boolean): string[] {
  const sign = descending ? -1 : 1;
  const noStrategy = (a: Action) => key === 'strategy' && a.strategyId === null;
  return expectedActions(latest)
    .sort((a, b) => Number(noStrategy(a)) - Number(noStrategy(b)) || (noStrategy(a) ? 0 : sign * byColumn[key](a, b)) || planOrder(a, b))
    .map((a) => a.title);
}

const columns: [string, ActionSortKey][] = [
  ['Title', 'title'],
  ['Priority', 'priority'],
  ['Focus area', 'focusArea'],
  ['Strategy', 'strategy'],
  ['Owner', 'owner'],
  ['Status', 'status'],
  ['Due', 'dueQuarter'],
  ['Complete', 'percentComplete'],
];

describe('sorting the action list', () => {
  it.each(columns)('sorts by %s with its header button, ascending then descending, back to page 1', async (label, key) => {
    const { user, currentUrl } = renderApp('/actions?pageSize=25&page=2');
    const table = await findActionTable();
    const header = () => within(table).getByRole('columnheader', { name: label });
    expect(header()).not.toHaveAttribute('aria-sort');

    await user.click(within(header()).getByRole('button', { name: label }));
    expect(currentUrl()).toBe(`/actions?pageSize=25&sort=${key}`);
    expect(header()).toHaveAttribute('aria-sort', 'ascending');
    await waitFor(() => expect(shownTitles(table)).toEqual(expectedOrder(key, false).slice(0, 25)), { timeout: 5000 });
    const sorted = within(table).getAllByRole('columnheader').filter((th) => th.hasAttribute('aria-sort'));
    expect(sorted).toEqual([header()]);

    await user.click(within(header()).getByRole('button', { name: label }));
    expect(currentUrl()).toBe(`/actions?pageSize=25&sort=-${key}`);
    expect(header()).toHaveAttribute('aria-sort', 'descending');
    await waitFor(() => expect(shownTitles(table)).toEqual(expectedOrder(key, true).slice(0, 25)), { timeout: 5000 });
  });

  it('says the order in the caption and goes back to the plan’s order on request', async () => {
    const { user, currentUrl } = renderApp('/actions?sort=-dueQuarter&status=on-track');
    expect(await findActionTable()).toHaveAccessibleName(/^Actions as of Q3 2026, sorted by due quarter, latest first/);
    await user.click(screen.getByRole('link', { name: 'Sort in the plan’s order' }));
    expect(currentUrl()).toBe('/actions?status=on-track');
    await waitFor(() => expect(screen.getByRole('table')).toHaveAccessibleName(/^Actions as of Q3 2026, in the plan’s order/), { timeout: 5000 });
    expect(within(screen.getByRole('table')).getAllByRole('columnheader').some((th) => th.hasAttribute('aria-sort'))).toBe(false);
  });
});

describe('paging through the action list', () => {
  const all = () => expectedActions(latest).sort(planOrder).map((a) => a.title);

  it('shows 50 rows a page and moves between pages with links kept in the URL', async () => {
    const { user, currentUrl } = renderApp('/actions');
    const table = await findActionTable();
    const total = all().length;
    expect(shownTitles(table)).toEqual(all().slice(0, 50));
    const pages = screen.getByRole('navigation', { name: 'Pages of actions' });
    expect(pages).toHaveTextContent(`Showing 1–50 of ${total}.`);
    expect(pages).toHaveTextContent(`Page 1 of ${Math.ceil(total / 50)}`);
    expect(within(pages).queryByRole('link', { name: 'Previous' })).not.toBeInTheDocument();

    await user.click(within(pages).getByRole('link', { name: 'Next' }));
    expect(currentUrl()).toBe('/actions?page=2');
    await waitFor(() => expect(shownTitles(table)).toEqual(all().slice(50, 100)), { timeout: 5000 });
    expect(screen.getByRole('navigation', { name: 'Pages of actions' })).toHaveTextContent(`Showing 51–100 of ${total}.`);

    await user.click(within(screen.getByRole('navigation', { name: 'Pages of actions' })).getByRole('link', { name: 'Last' }));
    const last = Math.ceil(total / 50);
    expect(currentUrl()).toBe(`/actions?page=${last}`);
    await waitFor(() => expect(shownTitles(table)).toEqual(all().slice((last - 1) * 50)), { timeout: 5000 });
    expect(within(screen.getByRole('navigation', { name: 'Pages of actions' })).queryByRole('link', { name: 'Next' })).not.toBeInTheDocument();

    await user.click(within(screen.getByRole('navigation', { name: 'Pages of actions' })).getByRole('link', { name: 'First' }));
    expect(currentUrl()).toBe('/actions');
  });

  it('changes the rows per page, back on page 1', async () => {
    const { user, currentUrl } = renderApp('/actions?page=2&focusArea=programs-projects&pageSize=25');
    await findActionTable();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rows per page' }), '100');
    expect(currentUrl()).toBe('/actions?focusArea=programs-projects&pageSize=100');
    const inFocus = expectedActions(latest, (a) => a.focusAreaId === 'programs-projects').sort(planOrder).map((a) => a.title);
    expect(inFocus.length).toBeGreaterThan(25);
    await waitFor(() => expect(shownTitles(screen.getByRole('table'))).toEqual(inFocus.slice(0, 100)), { timeout: 5000 });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rows per page' }), '50');
    expect(currentUrl()).toBe('/actions?focusArea=programs-projects');
  });

  it('goes back to page 1 when a filter changes', async () => {
    const { user, currentUrl } = renderApp('/actions?page=2');
    await findActionTable();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'at-risk');
    expect(currentUrl()).toBe('/actions?status=at-risk');
  });

  it('says when a page is past the end and links to the last one', async () => {
    renderApp('/actions?page=9');
    const note = await screen.findByText(/This page is past the end of the list, which has 3 pages\./, {}, { timeout: 5000 });
    expect(Math.ceil(all().length / 50)).toBe(3);
    expect(within(note).getByRole('link', { name: 'Go to the last page' })).toHaveAttribute('href', '/actions?page=3');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
