import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { statusIds, statusLabels, type FocusAreaId, type PriorityId, type StatusId } from '../../contract/ids';
import { actionAsOf } from '../../domain/action-record';
import { pefPlan } from '../../domain/pef-plan';
import { compareQuarters, quarterLabel } from '../../domain/quarters';
import { mockData } from '../../../mocks/data';
import { renderApp } from '../../../tests/render-app';

// The plan's words and the mock data are the oracle; every expectation is
// derived from them here, not from the code the page uses.
const slow = { timeout: 8000 };
const latestQuarter = '2026-Q3';

function planPriority(id: PriorityId) {
  const priority = pefPlan.priorities.find((p) => p.id === id);
  if (priority === undefined) throw new Error(`No priority ${id} in the plan`);
  return priority;
}

function cellActions(priority: PriorityId, focusArea: FocusAreaId) {
  return mockData()
    .actions.filter((record) => record.priorityId === priority && record.focusAreaId === focusArea)
    .map((record) => actionAsOf(record, latestQuarter));
}

async function renderPriority(id: string) {
  const view = renderApp(`/priorities/${id}`);
  await screen.findByRole('heading', { level: 1 }, slow);
  return view;
}

describe('the priority page', () => {
  it('states the priority as the plan does: number, title, full statement and every strategy', async () => {
    await renderPriority('wellness');
    const priority = planPriority('wellness');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveAccessibleName(`Priority ${priority.number}: ${priority.title}`);
    expect(screen.getByText(priority.statement)).toBeInTheDocument();
    const strategies = screen.getByRole('region', { name: 'Strategies' });
    expect(within(strategies).getAllByRole('listitem').map((li) => li.textContent)).toEqual(
      priority.strategies.map((strategy) => strategy.text),
    );
    expect(priority.strategies.length).toBeGreaterThan(0);
    await waitFor(() => expect(document.title).toMatch(new RegExp(`^Priority ${priority.number}: ${priority.title} · `)));
  });

  it('gives “Why?” instead of strategies for the priority the plan explains with a rationale', async () => {
    await renderPriority('respond-to-change');
    const priority = planPriority('respond-to-change');
    expect(priority.strategies).toHaveLength(0);
    const why = screen.getByRole('region', { name: 'Why?' });
    for (const paragraph of priority.rationale) expect(within(why).getByText(paragraph)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Strategies' })).not.toBeInTheDocument();
  });

  it('shows its four focus areas in the plan’s order, each with exactly that cell’s actions and a link to them', async () => {
    await renderPriority('opportunities');
    const actions = screen.getByRole('region', { name: 'Actions by focus area' });
    expect(within(actions).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(
      pefPlan.focusAreas.map((area) => area.name),
    );
    for (const area of pefPlan.focusAreas) {
      const column = within(actions).getByRole('region', { name: area.name });
      const expected = cellActions('opportunities', area.id);
      expect(expected.length).toBeGreaterThan(0);
      const items = within(column).getAllByRole('listitem');
      expect(items).toHaveLength(expected.length);
      for (const action of expected) {
        const item = within(column).getByText(action.title).closest('li') as HTMLElement;
        expect(item).toHaveTextContent(statusLabels[action.status]);
        expect(item).toHaveTextContent(`Due ${quarterLabel(action.dueQuarter)}`);
        expect(item).toHaveTextContent(`Owner: ${action.owner}`);
      }
      expect(within(column).getByRole('link', { name: `Open in the action list: ${area.name}` })).toHaveAttribute(
        'href',
        `/actions?focusArea=${area.id}&priority=opportunities`,
      );
    }
  });

  it('lists a crowded focus area’s first ten actions in the plan’s order, with its full count and a link to all of them', async () => {
    const data = mockData();
    const model = data.actions.find((a) => a.priorityId === 'technology' && a.focusAreaId === 'voice-agency');
    if (model === undefined) throw new Error('no action to copy');
    for (let i = 0; i < 12; i += 1) data.actions.push({ ...model, id: `crowd-${i}`, title: `Aaa crowded action ${String(i).padStart(2, '0')}` });
    const expected = cellActions('technology', 'voice-agency').sort((a, b) => a.title.localeCompare(b.title));
    expect(expected.length).toBeGreaterThan(10);
    await renderPriority('technology');
    const column = screen.getByRole('region', { name: 'Voice & Agency' });
    expect(within(column).getByText(`${expected.length} actions`)).toBeInTheDocument();
    expect(within(column).getAllByRole('listitem').map((li) => li.querySelector('.focus-area-action-title')?.textContent)).toEqual(
      expected.slice(0, 10).map((a) => a.title),
    );
    expect(within(column).getByText(`The first 10 of ${expected.length}, in the plan’s order.`)).toBeInTheDocument();
    expect(within(column).getByRole('link', { name: `Open all ${expected.length} in the action list: Voice & Agency` })).toHaveAttribute(
      'href',
      '/actions?focusArea=voice-agency&priority=technology',
    );
    const all = data.actions.filter((a) => a.priorityId === 'technology').length;
    expect(screen.getByRole('link', { name: `All ${all} actions of this priority` })).toBeInTheDocument();
  });

  it('says why a focus area has no actions', async () => {
    const data = mockData();
    data.actions = data.actions.filter((a) => !(a.priorityId === 'technology' && a.focusAreaId === 'community-building'));
    await renderPriority('technology');
    const column = screen.getByRole('region', { name: 'Community Building' });
    expect(within(column).getByText('No actions yet in this focus area.')).toBeInTheDocument();
    expect(within(column).queryByRole('listitem')).not.toBeInTheDocument();
  });

  it('charts its own status over time, with the same numbers as an independent count', async () => {
    const { user } = await renderPriority('teachers-leaders');
    const section = screen.getByRole('region', { name: 'Status over time' });
    await user.click(within(section).getByRole('button', { name: 'Show the numbers as a table' }));
    const table = within(section).getByRole('table');
    for (const quarter of mockData().plan.quarters) {
      const row = within(table).getByRole('rowheader', { name: quarterLabel(quarter) }).closest('tr') as HTMLElement;
      const cells = within(row).getAllByRole('cell').map((cell) => cell.textContent);
      if (compareQuarters(quarter, latestQuarter) > 0) {
        expect(cells).toEqual(['Not yet reported']);
        continue;
      }
      const counts = Object.fromEntries(statusIds.map((status) => [status, 0])) as Record<StatusId, number>;
      const own = mockData().actions.filter((record) => record.priorityId === 'teachers-leaders');
      for (const record of own) counts[actionAsOf(record, quarter).status] += 1;
      expect(cells).toEqual([...statusIds.map((status) => String(counts[status])), String(own.length)]);
    }
  });

  it('shows its benchmarks, and only its own', async () => {
    await renderPriority('wellness');
    const section = screen.getByRole('region', { name: 'Benchmarks' });
    const own = mockData().benchmarks.filter((b) => b.priorityId === 'wellness');
    expect(own.length).toBeGreaterThan(0);
    for (const benchmark of own) expect(within(section).getByRole('heading', { name: benchmark.name })).toBeInTheDocument();
    for (const other of mockData().benchmarks.filter((b) => b.priorityId !== 'wellness')) {
      expect(screen.queryByRole('heading', { name: other.name })).not.toBeInTheDocument();
    }
  });

  it('is a page that does not exist for an id that is not one of the plan’s priorities', async () => {
    renderApp('/priorities/nope');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' }, slow)).toBeInTheDocument();
    expect(screen.getByText('/priorities/nope')).toBeInTheDocument();
  });

  it('opens from the plan page’s “Priority page” link', async () => {
    const { user, currentUrl } = renderApp('/plan');
    await user.click(await screen.findByRole('link', { name: 'Priority page of priority 4' }, slow));
    await waitFor(() => expect(currentUrl()).toBe('/priorities/opportunities'));
    expect(
      await screen.findByRole('heading', { level: 1, name: `Priority 4: ${planPriority('opportunities').title}` }, slow),
    ).toBeInTheDocument();
  });
});
