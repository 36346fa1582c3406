import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockData, resetMockData } from '../../../mocks/data';
import { renderApp } from '../../../tests/render-app';
import { testToday } from '../../../tests/test-today';

const header = 'ID,Title,Priority,Focus area,Strategy,Owner,Start quarter,Due quarter,Student groups,Description';
const good = 'reading-buddies,Reading buddies,3,Community Building,,Dana Lee,2025-Q3,2026-Q2,English learners,Older students read with younger ones.';
const bad = 'a-new,,9,Community Building,,Dana Lee,2025-Q3,2026-Q2,English learners,';

const csvFile = (lines: string[], name = 'actions.csv') => new File([lines.join('\n')], name, { type: 'text/csv' });

describe('the import screen', () => {
  beforeEach(() => {
    resetMockData(testToday, 'admin');
  });

  it('checks a file first, lists every bad row, and imports nothing from it', async () => {
    const { user } = renderApp('/admin/import');
    expect(await screen.findByRole('heading', { level: 1, name: 'Import' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Actions template (CSV)' })).toHaveAttribute('href', '/api/import/actions/template.csv');
    const before = mockData().actions.length;
    await user.upload(screen.getByLabelText(/Choose a file of actions to check/), csvFile([header, good, bad]));
    const problems = await screen.findByRole('table', { name: /2 problems to fix in the file/ });
    const rows = within(problems).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['3', 'Title', 'is required'],
      ['3', 'Priority', expect.stringMatching(/^"9" is not known: use one of 1\. ATTRACT/)],
    ]);
    expect(screen.getByText('1 action')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Import/ })).not.toBeInTheDocument();
    expect(mockData().actions).toHaveLength(before);
  });

  it('imports a file without problems after its check, and links to what it created; the same file again has nothing to import', async () => {
    const { user } = renderApp('/admin/import');
    const file = screen.findByLabelText(/Choose a file of actions to check/);
    await user.upload(await file, csvFile([header, good]));
    const check = await screen.findByRole('region', { name: 'What actions.csv would do' });
    expect(within(check).getByText('1 action').parentElement).toHaveTextContent('1 action to create');
    await user.click(within(check).getByRole('button', { name: 'Import 1 row' }));
    const done = await screen.findByRole('region', { name: 'Imported' });
    expect(within(done).getByRole('link', { name: 'reading-buddies' })).toHaveAttribute('href', '/actions/reading-buddies');
    expect(within(done).getByRole('link', { name: 'See the actions' })).toBeInTheDocument();
    expect(mockData().actions.find((a) => a.id === 'reading-buddies')).toMatchObject({ title: 'Reading buddies', sample: false });
    expect(mockData().audit.map((entry) => entry.operation)).toEqual(['import']);

    await user.upload(screen.getByLabelText(/Choose a file of actions to check/), csvFile([header, good]));
    expect(await screen.findByText(/there is nothing to import/)).toBeInTheDocument();
  });

  it('reads the kind from the address, and says what a file of a type it cannot read is', async () => {
    renderApp('/admin/import?kind=benchmarks');
    expect(await screen.findByRole('radio', { name: 'Benchmarks' })).toBeChecked();
    // The file picker offers spreadsheets only, but a person can still choose any file.
    const input = screen.getByLabelText(/Choose a file of benchmarks to check/);
    fireEvent.change(input, { target: { files: [new File(['%PDF'], 'plan.pdf', { type: 'application/pdf' })] } });
    expect(await screen.findByRole('alert')).toHaveTextContent(/The file's type \(application\/pdf\) cannot be imported/);
  });

  it('removes the sample data after a confirmation naming what goes, and the sample-data labels go with it', async () => {
    const { user } = renderApp('/admin/import');
    const banner = await screen.findByRole('banner');
    await waitFor(() => expect(within(banner).getByText('Sample data')).toBeInTheDocument());
    const { actions, benchmarks } = mockData();
    const updates = actions.reduce((n, a) => n + a.updates.length, 0);
    await user.click(await screen.findByRole('button', { name: 'Remove the sample data…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Remove all sample data?' });
    expect(dialog).toHaveTextContent(`${actions.length} sample actions with their ${updates.toLocaleString('en-US')} updates, and ${benchmarks.length} sample benchmarks`);
    await user.click(within(dialog).getByRole('button', { name: 'Yes, remove the sample data' }));
    expect(await screen.findByText(/^Removed \d+ sample actions/)).toBeInTheDocument();
    expect(mockData().actions).toEqual([]);
    expect(within(banner).queryByText('Sample data')).not.toBeInTheDocument();
  });

  it('is for admins: staff are sent to the overview and have no link to it', async () => {
    resetMockData(testToday, 'staff');
    const { currentUrl } = renderApp('/admin/import');
    await waitFor(() => expect(currentUrl()).toBe('/'));
    expect(within(await screen.findByRole('navigation', { name: 'Main' })).queryByRole('link', { name: 'Import' })).not.toBeInTheDocument();
  });
});
