import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../contract/audit';
import { mockData, resetMockData } from '../../../mocks/data';
import { renderApp } from '../../../tests/render-app';
import { testToday } from '../../../tests/test-today';

function entry(seq: number, change: Partial<AuditEntry> = {}): AuditEntry {
  return {
    seq,
    at: new Date(Date.parse('2026-11-01T09:00:00Z') + seq * 3_600_000).toISOString(),
    userId: 'mock-staff',
    userEmail: 'staff@example.org',
    operation: 'edit-action',
    entityType: 'action',
    entityId: 'a-001',
    before: { owner: `Owner ${seq - 1}`, version: seq },
    after: { owner: `Owner ${seq}`, version: seq + 1 },
    ...change,
  };
}

describe('the audit screen', () => {
  it('says why it is empty before anything has changed', async () => {
    resetMockData(testToday, 'admin');
    renderApp('/admin/audit');
    expect(await screen.findByText(/Nothing has been changed in the app yet/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows who changed what and when, each change in words, newest first, linked to what changed', async () => {
    resetMockData(testToday, 'admin');
    mockData().audit.push(
      entry(1),
      entry(2, {
        userId: 'mock-admin',
        userEmail: 'director@example.org',
        operation: 'create-user',
        entityType: 'user',
        entityId: 'mock-board',
        before: null,
        after: { name: 'Board member (demo)', role: 'board', version: 1 },
      }),
    );
    renderApp('/admin/audit');
    const table = await screen.findByRole('table', { name: 'Changes, newest first' });
    const [, newest, older] = within(table).getAllByRole('row');
    expect(newest).toHaveTextContent(/Executive director \(demo\).*Person added.*Name: Board member \(demo\) \(added\).*Role: board \(added\)/);
    expect(within(newest!).getByRole('link', { name: 'Person Board member (demo)' })).toHaveAttribute('href', '/admin/users');
    expect(older).toHaveTextContent(/Theresa Okafor.*Action edited.*Owner: Owner 0 → Owner 1/);
    expect(older).not.toHaveTextContent('version');
    expect(within(older!).getByRole('link', { name: 'Action a-001' })).toHaveAttribute('href', '/actions/a-001');
    expect(screen.getByText('2 changes in all, newest first.')).toBeInTheDocument();
  });

  it('names the quarter of a replaced update, which is not among its changes', async () => {
    resetMockData(testToday, 'admin');
    mockData().audit.push(entry(1, { operation: 'replace-update', before: { quarter: '2026-Q3', note: 'Late.' }, after: { quarter: '2026-Q3', note: 'On time.' } }));
    renderApp('/admin/audit');
    expect(await screen.findByRole('link', { name: 'Action a-001, 2026-Q3' })).toHaveAttribute('href', '/actions/a-001');
    expect(screen.getByText('Note: Late. → On time.')).toBeInTheDocument();
  });

  it('filters by person, kind and day from the URL and the form, and pages', async () => {
    resetMockData(testToday, 'admin');
    mockData().audit.push(...Array.from({ length: 30 }, (_, i) => entry(i + 1)), entry(31, { userEmail: 'director@example.org', operation: 'save-summary', entityType: 'quarter', entityId: '2026-Q3' }));
    const { user, currentUrl } = renderApp('/admin/audit?userEmail=staff@example.org');
    expect(await screen.findByText('30 changes match these filters, newest first.')).toBeInTheDocument();
    expect(screen.getByText('Showing 1–25 of 30.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Older' }));
    expect(await screen.findByText('Showing 26–30 of 30.')).toBeInTheDocument();
    expect(currentUrl()).toBe('/admin/audit?page=2&userEmail=staff%40example.org');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Person' }), '');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind of change' }), 'save-summary');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(await screen.findByText('1 change matches these filters, newest first.')).toBeInTheDocument();
    expect(currentUrl()).toBe('/admin/audit?operation=save-summary');
    expect(screen.getByRole('link', { name: 'Quarter 2026-Q3' })).toHaveAttribute('href', '/review/2026-Q3');

    await user.type(screen.getByLabelText('From (UTC)'), '2026-12-01');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(await screen.findByText(/No change matches these filters. Widen the dates/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Clear the filters' }));
    expect(await screen.findByText('31 changes in all, newest first.')).toBeInTheDocument();
  });

  it('ignores a bad parameter of the link and says so', async () => {
    resetMockData(testToday, 'admin');
    renderApp('/admin/audit?from=2026-02-30&operation=nonsense');
    expect(await screen.findByText(/The link’s from "2026-02-30" must be a date like 2026-11-22, so it is ignored./)).toBeInTheDocument();
    expect(screen.getByText(/The link’s operation "nonsense" must be one of/)).toBeInTheDocument();
  });

  it('is for administrators only', async () => {
    renderApp('/admin/audit');
    expect(await screen.findByText(/Only an administrator can open this page/)).toBeInTheDocument();
  });
});
