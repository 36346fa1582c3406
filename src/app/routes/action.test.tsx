import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { statusLabels, studentGroupLabels } from '../../contract/ids';
import { statusAsOf } from '../../domain/status-as-of';
import { mockData } from '../../../mocks/data';
import { renderApp } from '../../../tests/render-app';

const latest = '2026-Q3';
const label = (quarter: string) => quarter.replace(/^(\d{4})-Q(\d)$/, 'Q$2 $1');

function recordWith(test: (record: ReturnType<typeof mockData>['actions'][number]) => boolean) {
  const record = mockData().actions.find(test);
  if (record === undefined) throw new Error('the sample data should have such an action');
  return record;
}

describe('an action’s page', () => {
  it('shows every field of the action, its status as of the latest reported quarter, and says it is sample data', async () => {
    const record = recordWith((r) => r.strategyId !== null && r.updates.length >= 3 && r.studentGroups.length >= 2);
    renderApp(`/actions/${record.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: record.title }, { timeout: 5000 })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe(`${record.title} · PEF Plan Tracker`));
    expect(screen.getByText(record.description)).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByText('Sample data')).toBeInTheDocument();
    expect(screen.getByText(/This action and its updates are sample data/)).toBeInTheDocument();

    const details = screen.getByRole('region', { name: 'Details' });
    const field = (name: string | RegExp) => within(details).getByText(name, { selector: 'dt' }).nextElementSibling as HTMLElement;
    const now = statusAsOf(record.updates, latest);
    expect(field(`Status as of ${label(latest)}`)).toHaveTextContent(statusLabels[now.status]);
    expect(field('Percent complete')).toHaveTextContent(`${now.percentComplete}%`);
    expect(field('Last update')).toHaveTextContent(label(now.quarter ?? ''));
    expect(field('Owner')).toHaveTextContent(record.owner);
    expect(field('Starts')).toHaveTextContent(label(record.startQuarter));
    expect(field('Due')).toHaveTextContent(label(record.dueQuarter));
    expect(within(field('Student groups')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(
      record.studentGroups.map((group) => studentGroupLabels[group]),
    );
    const priority = mockData().plan.priorities.find((p) => p.id === record.priorityId);
    const strategy = priority?.strategies.find((s) => s.id === record.strategyId);
    expect(field('Strategy')).toHaveTextContent(strategy?.text ?? 'missing strategy');
  });

  it('links its priority to the priority’s page and its focus area to that area’s actions', async () => {
    const record = recordWith((r) => r.priorityId === 'wellness' && r.focusAreaId === 'community-building');
    renderApp(`/actions/${record.id}`);
    const details = await screen.findByRole('region', { name: 'Details' }, { timeout: 5000 });
    const priority = mockData().plan.priorities.find((p) => p.id === 'wellness');
    expect(within(details).getByRole('link', { name: `${priority?.number}. Promote social and emotional wellness` })).toHaveAttribute(
      'href',
      '/priorities/wellness',
    );
    expect(within(details).getByRole('link', { name: 'Community Building' })).toHaveAttribute('href', '/actions?focusArea=community-building');
  });

  it('lists its quarterly updates newest first, with note, author and date', async () => {
    const record = recordWith((r) => r.updates.length >= 4);
    renderApp(`/actions/${record.id}`);
    const list = await screen.findByRole('list', { name: 'Quarterly updates' }, { timeout: 5000 });
    const expected = [...record.updates].sort((a, b) => b.quarter.localeCompare(a.quarter));
    const items = within(list).getAllByRole('article');
    expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual(
      expected.map((u) => expect.stringContaining(label(u.quarter)) as unknown as string),
    );
    expected.forEach((update, i) => {
      const item = items[i] as HTMLElement;
      expect(item).toHaveAccessibleName(expect.stringContaining(label(update.quarter)));
      expect(item).toHaveTextContent(statusLabels[update.status]);
      expect(item).toHaveTextContent(`${update.percentComplete}% complete`);
      if (update.note !== '') expect(item).toHaveTextContent(update.note);
      const date = new Date(update.createdAt).toLocaleDateString('en-US', {
        month: 'short',
        day: 'numeric',
        year: 'numeric',
        timeZone: 'America/Los_Angeles',
      });
      expect(item).toHaveTextContent(`Reported by ${update.author} on ${date}`);
      expect(item.querySelector('time')).toHaveAttribute('datetime', update.createdAt);
    });
  });

  it('shows its status in each of the plan’s 16 quarters, as statusAsOf gives it', async () => {
    const record = recordWith((r) => r.startQuarter > '2023-Q4' && r.updates.some((u) => u.status !== 'on-track'));
    renderApp(`/actions/${record.id}`);
    const timeline = await screen.findByRole('list', { name: 'Status by quarter' }, { timeout: 5000 });
    const items = within(timeline).getAllByRole('listitem');
    const quarters = mockData().plan.quarters;
    expect(quarters).toHaveLength(16);
    expect(items).toHaveLength(16);
    quarters.forEach((quarter, i) => {
      const item = items[i] as HTMLElement;
      expect(item).toHaveTextContent(new RegExp(`^${label(quarter)}`));
      let word: string;
      if (quarter > latest) word = 'Not yet reported';
      else if (quarter < record.startQuarter) word = 'Not started';
      else word = statusLabels[statusAsOf(record.updates, quarter).status];
      expect(item, quarter).toHaveTextContent(word);
    });
    expect(items.filter((li) => li.textContent?.includes('Not yet reported'))).toHaveLength(quarters.filter((q) => q > latest).length);
  });

  it('says why an action has no updates yet', async () => {
    const record = recordWith((r) => r.updates.length === 0);
    renderApp(`/actions/${record.id}`);
    const updates = await screen.findByRole('region', { name: 'Quarterly updates' }, { timeout: 5000 });
    expect(updates).toHaveTextContent(/^Quarterly updatesNo updates yet: /);
    expect(within(updates).queryByRole('list')).not.toBeInTheDocument();
  });

  it('shows the page-not-found page for an unknown id', async () => {
    renderApp('/actions/a-999');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText('/actions/a-999')).toBeInTheDocument();
  });

  it('opens from a title in the list and leads back to the same view of the list', async () => {
    const { user, currentUrl } = renderApp('/actions?focusArea=voice-agency&sort=-dueQuarter');
    const table = await screen.findByRole('table', {}, { timeout: 5000 });
    const first = within(table).getAllByRole('rowheader')[0] as HTMLElement;
    const title = first.textContent ?? '';
    await user.click(within(first).getByRole('link'));
    expect(await screen.findByRole('heading', { level: 1, name: title }, { timeout: 5000 })).toBeInTheDocument();
    expect(currentUrl()).toMatch(/^\/actions\/a-\d+$/);
    await user.click(screen.getByRole('link', { name: 'Back to the action list' }));
    expect(currentUrl()).toBe('/actions?focusArea=voice-agency&sort=-dueQuarter');
  });

  it('offers the whole list when opened from elsewhere', async () => {
    const record = mockData().actions[0];
    renderApp(`/actions/${record?.id ?? ''}`);
    expect(await screen.findByRole('link', { name: 'All actions' }, { timeout: 5000 })).toHaveAttribute('href', '/actions');
  });
});
