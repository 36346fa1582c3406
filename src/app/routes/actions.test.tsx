import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Action } from '../../contract/actions';
import { statusLabels } from '../../contract/ids';
import { actionAsOf } from '../../domain/action-record';
import { mockData } from '../../../mocks/data';
import { renderApp } from '../../../tests/render-app';

// The latest quarter the sample data reports in on the pinned test date.
const latest = '2026-Q3';

// Expected rows are filtered straight from the mock data, independently of the
// filter rules the API uses.
function expectedActions(quarter: string, keep: (action: Action) => boolean = () => true): Action[] {
  return mockData()
    .actions.map((record) => actionAsOf(record, quarter))
    .filter(keep);
}

const titlesOf = (actions: readonly Action[]) => actions.map((action) => action.title).sort();
const countText = (n: number) => `${n} ${n === 1 ? 'action' : 'actions'}`;

async function findActionTable(quarterLabel = 'Q3 2026') {
  return screen.findByRole('table', { name: new RegExp(`^Actions as of ${quarterLabel}`) }, { timeout: 5000 });
}

function shownTitles(table: HTMLElement): string[] {
  return within(table)
    // `hidden: true` skips the per-element visibility check, which is slow on a long table.
    .getAllByRole('rowheader', { hidden: true })
    .map((th) => th.textContent ?? '')
    .sort();
}

function contains(text: string, part: string): boolean {
  return text.toLowerCase().includes(part.toLowerCase());
}

describe('the action list', () => {
  it('shows exactly the actions of one matrix cell, counted and named in words', async () => {
    renderApp('/actions?priority=wellness&focusArea=voice-agency');
    const table = await findActionTable();
    const expected = expectedActions(latest, (a) => a.priorityId === 'wellness' && a.focusAreaId === 'voice-agency');
    expect(expected.length).toBeGreaterThan(0);
    expect(shownTitles(table)).toEqual(titlesOf(expected));
    expect(
      screen.getByText(`${countText(expected.length)} in Promote social and emotional wellness × Voice & Agency, as of Q3 2026.`),
    ).toBeInTheDocument();
    expect(within(table).getByText('Sample data')).toBeInTheDocument();
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Title',
      'Priority',
      'Focus area',
      'Owner',
      'Status',
      'Due',
    ]);
    expect(within(table).queryAllByRole('link')).toHaveLength(0);
  });

  it('narrows the rows by status', async () => {
    const byStatus = expectedActions(latest, (a) => a.status === 'on-track');
    renderApp('/actions?status=on-track');
    expect(shownTitles(await findActionTable())).toEqual(titlesOf(byStatus));
    expect(byStatus.length).toBeLessThan(mockData().actions.length);
    expect(screen.getByText(/with status On track, as of Q3 2026\.$/)).toBeInTheDocument();
  });

  it('narrows the rows by the search text, typed and submitted', async () => {
    const word = mockData().actions[0]?.title.split(' ')[0] ?? '';
    const bySearch = expectedActions(latest, (a) => [a.title, a.description, a.owner].some((text) => contains(text, word)));
    expect(bySearch.length).toBeLessThan(mockData().actions.length);
    const { user, currentUrl } = renderApp('/actions?status=on-track');
    await findActionTable();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), word);
    await user.click(screen.getByRole('button', { name: 'Search' }));

    expect(currentUrl()).toBe(`/actions?${new URLSearchParams({ q: word, status: 'on-track' })}`);
    const expected = bySearch.filter((a) => a.status === 'on-track');
    await waitFor(() => expect(screen.getByText(new RegExp(`^${countText(expected.length)} `))).toBeInTheDocument(), { timeout: 5000 });
    if (expected.length > 0) expect(shownTitles(await findActionTable())).toEqual(titlesOf(expected));
  });

  it('changes the URL and the rows when a filter is chosen, keeping the others', async () => {
    const { user, currentUrl } = renderApp('/actions?status=at-risk');
    await findActionTable();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Focus area' }), 'community-building');

    expect(currentUrl()).toBe('/actions?focusArea=community-building&status=at-risk');
    const expected = expectedActions(latest, (a) => a.focusAreaId === 'community-building' && a.status === 'at-risk');
    await waitFor(
      () => expect(screen.getByText(new RegExp(`^${countText(expected.length)} in Community Building,`))).toBeInTheDocument(),
      { timeout: 5000 },
    );
    if (expected.length > 0) expect(shownTitles(await findActionTable())).toEqual(titlesOf(expected));
    expect(screen.getByRole('combobox', { name: 'Focus area' })).toHaveValue('community-building');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('at-risk');
  });

  it('resets every filter with Clear filters, keeping the quarter', async () => {
    const { user, currentUrl } = renderApp('/actions?priority=technology&status=on-track&q=a&quarter=2025-Q4');
    await findActionTable('Q4 2025');
    await user.click(screen.getByRole('link', { name: 'Clear filters' }));

    expect(currentUrl()).toBe('/actions?quarter=2025-Q4');
    const all = mockData().actions.length;
    expect(await screen.findByText(`${countText(all)} in the whole plan, as of Q4 2025.`, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(shownTitles(await findActionTable('Q4 2025'))).toHaveLength(all);
    expect(screen.getByRole('combobox', { name: 'Priority' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('');
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
    expect(screen.queryByRole('link', { name: 'Clear filters' })).not.toBeInTheDocument();
  });

  it('says why the list is empty and names the filter when nothing matches', async () => {
    const q = 'no-such-action-zzz';
    expect(expectedActions(latest, (a) => contains(`${a.title}\n${a.description}\n${a.owner}`, q))).toHaveLength(0);
    renderApp(`/actions?q=${q}`);
    const empty = await screen.findByRole('region', { name: 'No actions found' }, { timeout: 5000 });
    expect(empty).toHaveTextContent(`No action matches these filters: in the whole plan, matching “${q}”, as of Q3 2026.`);
    expect(within(empty).getByRole('link', { name: 'Show all actions' })).toHaveAttribute('href', '/actions');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('ignores an invalid parameter, says so, and shows all actions', async () => {
    renderApp('/actions?status=done&quarter=2031-Q1');
    const table = await findActionTable();
    expect(shownTitles(table)).toHaveLength(mockData().actions.length);
    expect(screen.getByText(/Ignored the link’s status: "done" must be one of/)).toBeInTheDocument();
    expect(screen.getByText(/Ignored the link’s quarter: "2031-Q1" is outside the plan period/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('');
  });

  it('shows each action’s status as of the quarter in the link', async () => {
    const quarter = '2024-Q2';
    const changed = mockData().actions.find((record) => actionAsOf(record, quarter).status !== actionAsOf(record, latest).status);
    if (changed === undefined) throw new Error('the sample data should have an action whose status changed since 2024-Q2');
    const then = actionAsOf(changed, quarter);
    renderApp(`/actions?quarter=${quarter}`);
    const table = await findActionTable('Q2 2024');
    const row = within(table).getByRole('rowheader', { name: then.title }).closest('tr') as HTMLElement;
    const statusColumn = within(table).getAllByRole('columnheader').findIndex((th) => th.textContent === 'Status');
    expect(within(row).getAllByRole('cell')[statusColumn - 1]).toHaveTextContent(statusLabels[then.status]);
    expect(screen.getByRole('combobox', { name: 'As of' })).toHaveValue(quarter);
  });
});
