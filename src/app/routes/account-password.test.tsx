import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockData } from '../../../mocks/data';
import { renderApp } from '../../../tests/render-app';

function mustChange(email: string): void {
  const data = mockData();
  data.accounts = data.accounts.map((a) => (a.email === email ? { ...a, mustChangePassword: true, password: 'kq7M-ZpX3-abcd-EFGH' } : a));
}

async function fill(user: ReturnType<typeof renderApp>['user'], current: string, next: string, again = next) {
  for (const field of await screen.findAllByLabelText(/password/i, { selector: 'input' })) await user.clear(field);
  await user.type(screen.getByLabelText(/^Current password/), current);
  await user.type(screen.getByLabelText(/^New password \(required\)/), next);
  await user.type(screen.getByLabelText(/^New password again/), again);
  await user.click(screen.getByRole('button', { name: 'Change the password' }));
}

describe('changing one’s password', () => {
  it('after a one-time password, comes first and then goes on to where the person was going', async () => {
    mustChange('staff@example.org');
    const { user, currentUrl } = renderApp('/actions?priority=wellness');
    expect(await screen.findByRole('heading', { level: 1, name: 'Change your password' })).toBeInTheDocument();
    expect(currentUrl()).toBe('/account/password?next=%2Factions%3Fpriority%3Dwellness');
    expect(screen.getByText(/You signed in with a one-time password/)).toBeInTheDocument();
    await fill(user, 'kq7M-ZpX3-abcd-EFGH', 'a passphrase of my own');
    expect(await screen.findByRole('heading', { level: 1, name: 'Actions' })).toBeInTheDocument();
    expect(currentUrl()).toBe('/actions?priority=wellness');
    expect(mockData().accounts.find((a) => a.email === 'staff@example.org')).toMatchObject({ mustChangePassword: false, password: 'a passphrase of my own' });
  });

  it('names the field that is wrong and changes nothing', async () => {
    const { user } = renderApp('/account/password');
    await fill(user, 'not my password', 'a passphrase of my own');
    expect(await screen.findByText('Current password is not correct.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Current password/)).toHaveFocus();
    await fill(user, 'demo-password', 'short', 'short');
    expect(screen.getByText('New password must be at least 12 characters.')).toBeInTheDocument();
    await fill(user, 'demo-password', 'a passphrase of my own', 'a passphrase of my owm');
    expect(screen.getByText(/The two new passwords differ/)).toBeInTheDocument();
    expect(mockData().accounts.find((a) => a.email === 'staff@example.org')?.password).toBe('demo-password');
  });

  it('is open to everyone from the user menu, and says when it is done', async () => {
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('link', { name: 'Change password' }));
    await fill(user, 'demo-password', 'a passphrase of my own');
    expect(await screen.findByText(/Your password is changed/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Continue' })).toHaveAttribute('href', '/');
  });
});
