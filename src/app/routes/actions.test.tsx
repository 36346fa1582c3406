import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Action } from '../../contract/actions';
import { statusLabels, studentGroupLabels } from '../../contract/ids';
import { actionAsOf } from '../../domain/action-record';
import { mockData } from '../../../mocks/data';
import { contains, countText, expectedActions, findActionTable, latest, planOrder, shownTitles } from '../../../tests/action-list';
import { renderApp } from '../../../tests/render-app';

const titlesOf = (actions: readonly Action[]) => actions.map((action) => action.title);
const sortedTitles = (actions: readonly Action[]) => [...actions].sort(planOrder).map((a) => a.title);
// Only the rows of page 1 show (50 by default); the order is the plan's.
const firstPage = (actions: readonly Action[]) => sortedTitles(actions).slice(0, 50);

async function waitForCount(n: number, rest = '') {
  await waitFor(() => expect(screen.getByRole('status', { name: '' }).textContent ?? '').toMatch(new RegExp(`^${countText(n)} ${rest}`)), {
    timeout: 5000,
  });
}

describe('the action list', () => {
  it('shows exactly the actions of one matrix cell, counted of all and named in words', async () => {
    renderApp('/actions?priority=wellness&focusArea=voice-agency');
    const table = await findActionTable();
    const expected = expectedActions(latest, (a) => a.priorityId === 'wellness' && a.focusAreaId === 'voice-agency');
    expect(expected.length).toBeGreaterThan(0);
    expect(shownTitles(table)).toEqual(sortedTitles(expected));
    expect(
      screen.getByText(`${countText(expected.length)} in Promote social and emotional wellness × Voice & Agency, as of Q3 2026.`),
    ).toBeInTheDocument();
    expect(within(table).getByText('Sample data')).toBeInTheDocument();
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Title',
      'Status',
      'Complete',
      'Due',
      'Owner',
      'Priority',
      'Focus area',
      'Strategy',
    ]);
  });

  it('links each title to its action’s page', async () => {
    renderApp('/actions?priority=technology');
    const table = await findActionTable();
    const expected = expectedActions(latest, (a) => a.priorityId === 'technology');
    for (const action of expected) {
      expect(within(table).getByRole('link', { name: action.title })).toHaveAttribute('href', `/actions/${action.id}`);
    }
  });

  it('narrows the rows by status', async () => {
    const byStatus = expectedActions(latest, (a) => a.status === 'on-track');
    renderApp('/actions?status=on-track');
    expect(shownTitles(await findActionTable())).toEqual(firstPage(byStatus));
    expect(byStatus.length).toBeLessThan(mockData().actions.length);
    expect(screen.getByText(/with status On track, as of Q3 2026\.$/)).toBeInTheDocument();
  });

  it.each([
    ['student group', '?studentGroup=english-learners', (a: Action) => a.studentGroups.includes('english-learners'), /serving English learners,/],
    ['due quarter', '?due=2025-Q4', (a: Action) => a.dueQuarter <= '2025-Q4', /due by Q4 2025,/],
    ['owner', '?owner=OKAFOR', (a: Action) => contains(a.owner, 'okafor'), /owned by “OKAFOR”,/],
    ['priority', '?priority=academic-benchmarks', (a: Action) => a.priorityId === 'academic-benchmarks', /in Meet specific academic benchmarks,/],
    ['focus area', '?focusArea=programs-projects', (a: Action) => a.focusAreaId === 'programs-projects', /in Programs & Projects,/],
    [
      'all of them at once',
      '?studentGroup=all-students&due=2027-Q2&owner=a&status=on-track&focusArea=community-building',
      (a: Action) => a.studentGroups.includes('all-students') && contains(a.owner, 'a') && a.status === 'on-track' && a.focusAreaId === 'community-building',
      /in Community Building, with status On track, serving All students, due by Q2 2027, owned by “a”,/,
    ],
  ])('filters by %s from the URL', async (_name, search, keep, words) => {
    const expected = expectedActions(latest, keep);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(mockData().actions.length);
    renderApp(`/actions${search}`);
    expect(shownTitles(await findActionTable())).toEqual(firstPage(expected));
    expect(screen.getByText(new RegExp(`^${countText(expected.length)} `))).toHaveTextContent(words);
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
    if (expected.length > 0) expect(shownTitles(await findActionTable())).toEqual(firstPage(expected));
  });

  it('filters by owner, typed and submitted with the search', async () => {
    const { user, currentUrl } = renderApp('/actions');
    await findActionTable();
    await user.type(screen.getByRole('searchbox', { name: 'Owner' }), 'nakamura');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'a{Enter}');
    expect(currentUrl()).toBe('/actions?owner=nakamura&q=a');
    const expected = expectedActions(latest, (a) => contains(a.owner, 'nakamura') && [a.title, a.description, a.owner].some((t) => contains(t, 'a')));
    expect(expected.length).toBeGreaterThan(0);
    await waitFor(() => expect(screen.getByText(new RegExp(`^${countText(expected.length)} .*owned by “nakamura”`))).toBeInTheDocument(), {
      timeout: 5000,
    });
    expect(shownTitles(await findActionTable())).toEqual(firstPage(expected));
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
    if (expected.length > 0) expect(shownTitles(await findActionTable())).toEqual(firstPage(expected));
    expect(screen.getByRole('combobox', { name: 'Focus area' })).toHaveValue('community-building');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('at-risk');
  });

  it('filters by student group and due quarter chosen in the form, and explains both', async () => {
    const { user, currentUrl } = renderApp('/actions?page=2');
    await findActionTable();
    const group = screen.getByRole('combobox', { name: 'Student group' });
    expect(group).toHaveAccessibleDescription('Actions that list this group');
    await user.selectOptions(group, studentGroupLabels['students-with-disabilities']);
    expect(currentUrl()).toBe('/actions?studentGroup=students-with-disabilities');
    const due = screen.getByRole('combobox', { name: 'Due by' });
    expect(due).toHaveAccessibleDescription('Due in this quarter or earlier');
    await user.selectOptions(due, '2026-Q2');
    expect(currentUrl()).toBe('/actions?due=2026-Q2&studentGroup=students-with-disabilities');
    const expected = expectedActions(latest, (a) => a.studentGroups.includes('students-with-disabilities') && a.dueQuarter <= '2026-Q2');
    await waitForCount(expected.length, 'in the whole plan, serving Students with disabilities, due by Q2 2026');
    if (expected.length > 0) expect(shownTitles(await findActionTable())).toEqual(firstPage(expected));
  });

  it('resets every filter with Clear filters, keeping the quarter and the order', async () => {
    const { user, currentUrl } = renderApp(
      '/actions?priority=technology&status=on-track&q=a&owner=e&studentGroup=asian&due=2026-Q1&quarter=2025-Q4&sort=title&page=2',
    );
    await user.click(await screen.findByRole('link', { name: 'Clear filters' }, { timeout: 5000 }));

    expect(currentUrl()).toBe('/actions?quarter=2025-Q4&sort=title');
    const all = mockData().actions.length;
    expect(await screen.findByText(`${countText(all)} in the whole plan, as of Q4 2025.`, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(shownTitles(await findActionTable('Q4 2025'))).toHaveLength(50);
    for (const name of ['Priority', 'Status', 'Student group', 'Due by']) expect(screen.getByRole('combobox', { name })).toHaveValue('');
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
    expect(screen.getByRole('searchbox', { name: 'Owner' })).toHaveValue('');
    expect(screen.queryByRole('link', { name: 'Clear filters' })).not.toBeInTheDocument();
  });

  it('says why the list is empty and names the filters when nothing matches', async () => {
    const q = 'no-such-action-zzz';
    expect(expectedActions(latest, (a) => contains(`${a.title}\n${a.description}\n${a.owner}`, q))).toHaveLength(0);
    renderApp(`/actions?q=${q}&studentGroup=foster-youth&due=2025-Q1`);
    const empty = await screen.findByRole('region', { name: 'No actions found' }, { timeout: 5000 });
    expect(empty).toHaveTextContent(
      `No action matches these filters: in the whole plan, serving Foster youth, due by Q1 2025, matching “${q}”, as of Q3 2026.`,
    );
    expect(within(empty).getByRole('link', { name: 'Show all actions' })).toHaveAttribute('href', '/actions');
    expect(screen.getByText(`${countText(0)} in the whole plan, serving Foster youth, due by Q1 2025, matching “${q}”, as of Q3 2026.`)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Download/ })).not.toBeInTheDocument();
  });

  it('ignores invalid parameters, says so, and shows the first page of all actions', async () => {
    renderApp('/actions?status=done&quarter=2031-Q1&sort=dueDate&page=0&pageSize=10000&studentGroup=martians');
    const table = await findActionTable();
    expect(shownTitles(table)).toEqual(firstPage(expectedActions(latest)));
    expect(screen.getByText(/Ignored the link’s status: "done" must be one of/)).toBeInTheDocument();
    expect(screen.getByText(/Ignored the link’s quarter: "2031-Q1" is outside the plan period/)).toBeInTheDocument();
    expect(screen.getByText(/Ignored the link’s sort: "dueDate" must be one of: title, .*; the list is in the plan’s order\./)).toBeInTheDocument();
    expect(screen.getByText('Ignored the link’s page: "0" must be at least 1; the first page is shown.')).toBeInTheDocument();
    expect(screen.getByText('Ignored the link’s pageSize: "10000" must be at most 200; 50 rows are shown per page.')).toBeInTheDocument();
    expect(screen.getByText(/Ignored the link’s studentGroup: "martians" must be one of: .*; all student groups are shown\./)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('');
  });

  it('shows each action’s status as of the quarter in the link', async () => {
    const quarter = '2024-Q2';
    const changed = mockData().actions.find((record) => actionAsOf(record, quarter).status !== actionAsOf(record, latest).status);
    if (changed === undefined) throw new Error('the sample data should have an action whose status changed since 2024-Q2');
    const then = actionAsOf(changed, quarter);
    renderApp(`/actions?quarter=${quarter}&pageSize=200`);
    const table = await findActionTable('Q2 2024');
    const row = within(table).getByRole('rowheader', { name: then.title }).closest('tr') as HTMLElement;
    const statusColumn = within(table).getAllByRole('columnheader').findIndex((th) => th.textContent === 'Status');
    expect(within(row).getAllByRole('cell')[statusColumn - 1]).toHaveTextContent(statusLabels[then.status]);
    expect(screen.getByRole('combobox', { name: 'As of' })).toHaveValue(quarter);
    expect(titlesOf(expectedActions(quarter))).toContain(then.title);
  });
});
