import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockData, resetMockData } from '../../../mocks/data';
import { renderApp } from '../../../tests/render-app';
import { testToday } from '../../../tests/test-today';

const rowOf = (name: RegExp) => {
  const header = screen.getByRole('rowheader', { name });
  const row = header.closest('tr');
  if (row === null) throw new Error('no row');
  return row;
};

describe('the people screen', () => {
  it('lists every account with its role, its status in words and the actions it owns', async () => {
    resetMockData(testToday, 'admin');
    const owner = mockData().actions[0]?.owner ?? '';
    mockData().accounts.push({ ...mockData().accounts[0]!, id: 'mock-owner', email: 'owner@example.org', name: owner, active: false });
    renderApp('/admin/users');
    expect(await screen.findByRole('heading', { level: 1, name: 'People' })).toBeInTheDocument();
    expect(screen.getByText(/4 accounts, 3 active/)).toBeInTheDocument();
    const row = rowOf(new RegExp(owner));
    expect(within(row).getByText('Deactivated')).toBeInTheDocument();
    const owned = mockData().actions.filter((a) => a.owner === owner).length;
    expect(within(row).getByRole("link", { name: new RegExp(`^${owned} actions? owned by`) })).toHaveAttribute('href', `/actions?owner=${encodeURIComponent(owner).replace(/%20/g, '+')}`);
    expect(within(rowOf(/Executive director \(demo\) \(you\)/)).getByText('Active')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'People' })).toHaveAttribute('aria-current', 'page');
  });

  it('adds a person and shows the one-time password once, with a copy button', async () => {
    resetMockData(testToday, 'admin');
    const { user } = renderApp('/admin/users');
    await user.type(await screen.findByRole('textbox', { name: /^Name/ }), 'Dana Lee');
    await user.type(screen.getByRole('textbox', { name: /^Email/ }), 'dana.lee@example.org');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Role/ }), 'board');
    await user.click(screen.getByRole('button', { name: 'Add the person' }));
    const shown = await screen.findByText(/One-time password for/);
    const password = mockData().accounts.find((a) => a.email === 'dana.lee@example.org')?.password ?? '';
    expect(shown).toHaveTextContent(password);
    expect(screen.getByText(/It is shown only now/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy the password' }));
    expect(await screen.findByText('Copied.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(password);
    expect(await screen.findByRole('rowheader', { name: /Dana Lee/ })).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'Dana Again');
    await user.type(screen.getByRole('textbox', { name: /^Email/ }), 'DANA.LEE@example.org');
    await user.click(screen.getByRole('button', { name: 'Add the person' }));
    expect(await screen.findByText('DANA.LEE@example.org already has an account.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Email/ })).toHaveAttribute('aria-invalid', 'true');
  });

  it('names the field of a bad entry before sending it', async () => {
    resetMockData(testToday, 'admin');
    const { user } = renderApp('/admin/users');
    await user.type(await screen.findByRole('textbox', { name: /^Email/ }), 'dana');
    await user.click(screen.getByRole('button', { name: 'Add the person' }));
    expect(screen.getByText('Name is required.')).toBeInTheDocument();
    expect(screen.getByText('Email must be an email address.')).toBeInTheDocument();
    expect(mockData().accounts).toHaveLength(3);
  });

  it('deactivates after a confirmation, and refuses to deactivate the last administrator with the reason', async () => {
    resetMockData(testToday, 'admin');
    const { user } = renderApp('/admin/users');
    await screen.findByRole('heading', { level: 1, name: 'People' });
    const staffRow = rowOf(/Theresa Okafor/);
    await user.click(within(staffRow).getByRole('button', { name: /^Deactivate/ }));
    const confirm = within(staffRow).getByRole('group', { name: /Confirm for/ });
    expect(confirm).toHaveTextContent(/signed out at once/);
    await user.click(within(confirm).getByRole('button', { name: 'Yes, deactivate' }));
    await waitFor(() => expect(within(rowOf(/Theresa Okafor/)).getByText('Deactivated')).toBeInTheDocument());
    expect(mockData().accounts.find((a) => a.role === 'staff')?.active).toBe(false);

    const director = rowOf(/Executive director/);
    await user.click(within(director).getByRole('button', { name: /^Deactivate/ }));
    await user.click(within(director).getByRole('button', { name: 'Yes, deactivate' }));
    expect(await within(director).findByRole('alert')).toHaveTextContent(/last active administrator.*Nothing was changed/);
  });

  it('changes a role and resets a password to a new one-time password', async () => {
    resetMockData(testToday, 'admin');
    const { user } = renderApp('/admin/users');
    await screen.findByRole('heading', { level: 1, name: 'People' });
    const board = rowOf(/Board member/);
    await user.selectOptions(within(board).getByRole('combobox', { name: /New role for/ }), 'staff');
    await user.click(within(board).getByRole('button', { name: /Change role/ }));
    await waitFor(() => expect(mockData().accounts.find((a) => a.email === 'board@example.org')?.role).toBe('staff'));
    await user.click(within(rowOf(/Board member/)).getByRole('button', { name: /Reset password/ }));
    await user.click(within(rowOf(/Board member/)).getByRole('button', { name: 'Yes, reset the password' }));
    const password = await within(rowOf(/Board member/)).findByText(/One-time password for/);
    expect(password).toHaveTextContent(mockData().accounts.find((a) => a.email === 'board@example.org')?.password ?? 'none');
    expect(within(rowOf(/Board member/)).getByText('Has a one-time password')).toBeInTheDocument();
  });

  it('is for administrators only', async () => {
    renderApp('/admin/users');
    expect(await screen.findByText(/Only an administrator can open this page/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'People' })).not.toBeInTheDocument();
  });
});
