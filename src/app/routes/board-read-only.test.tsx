import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockData, resetMockData } from '../../../mocks/data';
import { renderApp } from '../../../tests/render-app';
import { testToday } from '../../../tests/test-today';

// Board members read everything and change nothing: no control to change
// anything shows, wherever they look.
beforeEach(() => {
  resetMockData(testToday, 'board');
});

function formControls(within_: HTMLElement) {
  return ['textbox', 'spinbutton', 'radio', 'checkbox'].flatMap((role) => within(within_).queryAllByRole(role));
}

describe('a board member', () => {
  it('sees no update form and no Edit on an action’s page', async () => {
    const record = mockData().actions.find((r) => r.updates.length > 0);
    renderApp(`/actions/${record?.id ?? ''}`);
    await screen.findByRole('heading', { level: 1, name: record?.title }, { timeout: 5000 });
    expect(screen.queryByRole('region', { name: 'Record an update' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /edit/i })).not.toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(formControls(main)).toEqual([]);
    expect(within(main).queryAllByRole('button')).toEqual([]);
  });

  it('sees no New action in the explorer', async () => {
    renderApp('/actions');
    await screen.findByRole('table', {}, { timeout: 5000 });
    expect(screen.queryByRole('link', { name: /new action/i })).not.toBeInTheDocument();
  });

  it('sees no Edit values on the benchmarks screen', async () => {
    renderApp('/benchmarks');
    await screen.findByRole('heading', { level: 1, name: 'Benchmarks' }, { timeout: 10_000 });
    expect(screen.getAllByRole('article')).toHaveLength(mockData().benchmarks.length);
    expect(screen.queryAllByRole('button', { name: /edit/i })).toEqual([]);
    expect(formControls(screen.getByRole('main'))).toEqual([]);
  });

  it('is told why, not shown a form, when following a link to edit an action', async () => {
    renderApp(`/actions/${mockData().actions[0]?.id ?? ''}/edit`);
    expect(await screen.findByText('Your role can’t change actions. Ask the executive director for staff access.', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(formControls(screen.getByRole('main'))).toEqual([]);
  });

  it('is told why, not shown a form, when following a link to a new action', async () => {
    renderApp('/actions/new');
    expect(await screen.findByText('Your role can’t change actions. Ask the executive director for staff access.', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'New action' })).toBeInTheDocument();
    expect(formControls(screen.getByRole('main'))).toEqual([]);
  });
});
