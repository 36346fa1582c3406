import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { statusLabels, type StatusId } from '../../contract/ids';
import { actionAsOf } from '../../domain/action-record';
import { mockData } from '../../../mocks/data';
import { server } from '../../../mocks/node';
import { renderApp } from '../../../tests/render-app';

// Expected figures are counted straight from the mock data, independently of
// the roll-up code the screen uses.
function countCell(quarter: string, priority?: string, focusArea?: string, status?: StatusId): number {
  return mockData()
    .actions.map((record) => actionAsOf(record, quarter))
    .filter(
      (a) =>
        (priority === undefined || a.priorityId === priority) &&
        (focusArea === undefined || a.focusAreaId === focusArea) &&
        (status === undefined || a.status === status),
    ).length;
}

function cellLink(priorityTitle: string, focusAreaName: string) {
  return screen.getByRole('link', { name: new RegExp(`actions? in ${priorityTitle}, ${focusAreaName}`) });
}

describe('the overview', () => {
  it('shows the matrix of 6 priorities by 4 focus areas with each cell’s count for the latest reported quarter', async () => {
    renderApp('/');
    const table = await screen.findByRole('table', { name: 'Priorities by focus area' });
    const columns = within(table).getAllByRole('columnheader').map((th) => th.textContent);
    expect(columns).toEqual(['Priority', 'Strategic Alignment', 'Community Building', 'Programs & Projects', 'Voice & Agency', 'Total']);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(7);

    const link = cellLink('PROMOTE SOCIAL AND EMOTIONAL WELLNESS', 'Voice & Agency');
    const expected = countCell('2026-Q3', 'wellness', 'voice-agency');
    expect(expected).toBeGreaterThan(0);
    expect(link).toHaveTextContent(new RegExp(`^${expected}\\b`));
    expect(screen.getByRole('link', { name: /actions? in the whole plan/ })).toHaveTextContent(
      new RegExp(`^${mockData().actions.length}\\b`),
    );
    expect(screen.getByLabelText('As of')).toHaveValue('2026-Q3');
  });

  it('gives each cell its status mix in words', async () => {
    renderApp('/?quarter=2025-Q2');
    await screen.findByRole('table', { name: 'Priorities by focus area' });
    const link = cellLink('OPTIMIZE TECHNOLOGY RESOURCES', 'Programs & Projects');
    const onTrack = countCell('2025-Q2', 'technology', 'programs-projects', 'on-track');
    const mix = within(link).getByRole('img');
    if (onTrack > 0) expect(mix).toHaveAccessibleName(expect.stringContaining(`${onTrack} on track`));
    expect(mix).toHaveAttribute('title', mix.getAttribute('aria-label'));
  });

  it('recomputes every figure when another quarter is chosen, and keeps it in the URL', async () => {
    const { user, currentUrl } = renderApp('/');
    await screen.findByRole('table', { name: 'Priorities by focus area' });
    await user.selectOptions(screen.getByLabelText('As of'), '2024-Q2');

    expect(currentUrl()).toBe('/?quarter=2024-Q2');
    await waitFor(() => expect(screen.getByLabelText('As of')).toHaveValue('2024-Q2'));
    const completedFigure = await screen.findByRole('link', { name: /Completed/ });
    expect(completedFigure).toHaveTextContent(new RegExp(`^${countCell('2024-Q2', undefined, undefined, 'completed')}`));
    const link = cellLink('ATTRACT AND RETAIN HIGH-QUALITY TEACHERS AND LEADERS', 'Strategic Alignment');
    expect(link).toHaveTextContent(new RegExp(`^${countCell('2024-Q2', 'teachers-leaders', 'strategic-alignment')}\\b`));
    expect(countCell('2024-Q2', undefined, undefined, 'completed')).not.toBe(countCell('2026-Q3', undefined, undefined, 'completed'));
  });

  it('lands on exactly that cell’s actions when a cell is clicked', async () => {
    const { user, currentUrl } = renderApp('/?quarter=2025-Q4');
    await screen.findByRole('table', { name: 'Priorities by focus area' });
    await user.click(cellLink('MEET SPECIFIC ACADEMIC BENCHMARKS', 'Community Building'));
    await waitFor(() =>
      expect(currentUrl()).toBe('/actions?focusArea=community-building&priority=academic-benchmarks&quarter=2025-Q4'),
    );
  });

  it('says so and falls back to the latest quarter when the link’s quarter is not one of the plan', async () => {
    renderApp('/?quarter=2031-Q1');
    expect(await screen.findByText(/"2031-Q1" is outside the plan period, 2023-Q3 to 2027-Q2/)).toBeInTheDocument();
    expect(screen.getByLabelText('As of')).toHaveValue('2026-Q3');
  });

  it('shows each headline status with its word, not colour alone', async () => {
    renderApp('/');
    const figures = await screen.findByRole('list', { name: 'Actions by status' });
    for (const status of ['on-track', 'at-risk', 'off-track', 'completed', 'not-started'] as const) {
      expect(within(figures).getByRole('link', { name: new RegExp(statusLabels[status]) })).toHaveTextContent(
        String(countCell('2026-Q3', undefined, undefined, status)),
      );
    }
  });

  it('explains a failed request and recovers when Try again is pressed', async () => {
    server.use(
      http.get('*/api/actions', () =>
        HttpResponse.json({ error: { code: 'internal', message: 'The database is not answering.' } }, { status: 500 }),
      ),
    );
    const { user } = renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the actions: The database is not answering.');

    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: 'Priorities by focus area' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a clear error instead of crashing when the API answers in the wrong shape', async () => {
    server.use(http.get('*/api/actions', () => HttpResponse.json({ items: [{ id: 7 }], total: 'many' })));
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent(/answer for the actions was not in the expected shape/);
  });
});

describe('an unknown URL', () => {
  it('shows the page-not-found page with a way back', async () => {
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('/no/such/page')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the overview' })).toHaveAttribute('href', '/');
  });
});
