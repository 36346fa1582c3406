import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockData, resetMockData } from '../../../mocks/data';
import { renderApp } from '../../../tests/render-app';
import { testToday } from '../../../tests/test-today';
import { ownerKey } from '../../domain/owner-key';

const heading = () => screen.findByRole('heading', { level: 1, name: 'Updates due' }, { timeout: 5000 });
const navLink = () => screen.getByRole('link', { name: /^Updates due/ });

// What the sample data leaves unreported for the quarter open on the test's today.
function missing(owner?: string) {
  return mockData().actions.filter(
    (a) =>
      (owner === undefined || ownerKey(a.owner) === ownerKey(owner)) &&
      a.startQuarter <= '2026-Q3' &&
      !a.updates.some((u) => u.quarter === '2026-Q3' || (u.status === 'completed' && u.quarter < '2026-Q3')),
  );
}

describe('updates due', () => {
  it('lists what the staff member owes for the open quarter, and records an update in place: it leaves the list and the count', async () => {
    resetMockData(testToday, 'staff');
    const me = mockData().user;
    if (me === null) throw new Error('signed in as staff');
    const owed = missing(me.name);
    expect(owed.length).toBeGreaterThan(0);
    const { user } = renderApp('/updates-due');
    await heading();
    expect(screen.getByText(/Q3 2026 \(Jul–Sep 2026\) is open for reporting; updates are due October 30, 2026/)).toBeInTheDocument();
    const mine = screen.getByRole('region', { name: `Your actions (${owed.length})` });
    expect(within(mine).getAllByRole('listitem')).toHaveLength(owed.length);
    await within(navLink()).findByText(String(owed.length));

    const [first] = owed;
    if (first === undefined) throw new Error('one owed update');
    await user.click(within(mine).getByRole('button', { name: `Record the update of ${first.title}` }));
    const form = await screen.findByRole('region', { name: `Record the update of ${first.title}` });
    expect(within(form).getByRole('combobox', { name: 'Quarter' })).toHaveValue('2026-Q3');
    await user.click(within(form).getByRole('radio', { name: 'On track' }));
    await user.clear(within(form).getByRole('spinbutton', { name: /Percent complete/ }));
    await user.type(within(form).getByRole('spinbutton', { name: /Percent complete/ }), '40');
    await user.type(within(form).getByRole('textbox', { name: /^Note/ }), 'Sessions restarted in September.');
    await user.click(within(form).getByRole('button', { name: 'Save the update' }));

    const status = await screen.findByText(`Saved the Q3 2026 update of “${first.title}”.`, {}, { timeout: 5000 });
    expect(status).toHaveFocus();
    expect(screen.queryByRole('link', { name: first.title })).not.toBeInTheDocument();
    expect(mockData().actions.find((a) => a.id === first.id)?.updates.find((u) => u.quarter === '2026-Q3')).toMatchObject({
      status: 'on-track',
      percentComplete: 40,
      author: me.name,
    });
    if (owed.length === 1) {
      expect(screen.getByText(/You have no update left to record: every action you own has its update\./)).toBeInTheDocument();
      expect(within(navLink()).queryByText('1')).not.toBeInTheDocument();
    } else {
      await within(navLink()).findByText(String(owed.length - 1));
    }
  });

  it('refuses a contradictory update in place, naming the field, and keeps the action on the list', async () => {
    resetMockData(testToday, 'staff');
    const me = mockData().user;
    const [first] = missing(me?.name);
    if (first === undefined) throw new Error('one owed update');
    const { user } = renderApp('/updates-due');
    await heading();
    await user.click(screen.getByRole('button', { name: `Record the update of ${first.title}` }));
    const form = await screen.findByRole('region', { name: `Record the update of ${first.title}` });
    await user.click(within(form).getByRole('radio', { name: 'Deferred' }));
    await user.click(within(form).getByRole('button', { name: 'Save the update' }));
    const note = within(form).getByRole('textbox', { name: /^Note/ });
    expect(note).toHaveAttribute('aria-invalid', 'true');
    expect(note).toHaveAccessibleDescription(/note/i);
    expect(mockData().actions.find((a) => a.id === first.id)?.updates.some((u) => u.quarter === '2026-Q3')).toBe(false);
    expect(screen.getByRole('link', { name: first.title })).toBeInTheDocument();
  });

  it('shows the director every missing update by owner, with a reminder to copy', async () => {
    resetMockData(testToday, 'admin');
    const all = missing();
    renderApp('/updates-due');
    await heading();
    expect(screen.getByText(new RegExp(`${all.length} updates? (is|are) missing\\.`))).toBeInTheDocument();
    const owners = [...new Set(all.map((a) => a.owner))].sort((a, b) => a.localeCompare(b, 'en-US'));
    const groups = screen.getAllByRole('heading', { level: 2 });
    expect(groups.map((h) => h.textContent?.replace(/ \(\d+\).*$/, ''))).toEqual(owners);
    for (const owner of owners) {
      expect(screen.getByText(`Reminder to ${owner}`, { selector: 'summary' })).toBeInTheDocument();
    }
  });

  it('offers board members no form: they read, and own no action', async () => {
    resetMockData(testToday, 'board');
    renderApp('/updates-due');
    await heading();
    expect(screen.getByText(/You have no update left to record: every action you own has its update\./)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Record the update/ })).not.toBeInTheDocument();
  });
});
