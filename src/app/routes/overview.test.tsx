import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { statusIds, statusLabels, type StatusId } from '../../contract/ids';
import { actionAsOf } from '../../domain/action-record';
import { compareQuarters, quarterLabel } from '../../domain/quarters';
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
    // The tooltip: an SVG's title element.
    expect(mix.querySelector('title')).toHaveTextContent(mix.getAttribute('aria-label') ?? 'no name');
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
      http.get('*/api/overview', () =>
        HttpResponse.json({ error: { code: 'internal', message: 'The database is not answering.' } }, { status: 500 }),
      ),
    );
    const { user } = renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the overview: The database is not answering.');

    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: 'Priorities by focus area' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a clear error instead of crashing when the API answers in the wrong shape', async () => {
    server.use(http.get('*/api/overview', () => HttpResponse.json({ cells: [{ priorityId: 7 }], total: 'many' })));
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent(/answer for the overview was not in the expected shape/);
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

// The status-over-time chart's numbers, counted straight from the mock data.
const slow = { timeout: 10_000 };
const latestQuarter = '2026-Q3';

function countByStatus(quarter: string, filters: { priority?: string; focusArea?: string } = {}): Record<StatusId, number> {
  const counts = Object.fromEntries(statusIds.map((status) => [status, 0])) as Record<StatusId, number>;
  for (const record of mockData().actions) {
    if (filters.priority !== undefined && record.priorityId !== filters.priority) continue;
    if (filters.focusArea !== undefined && record.focusAreaId !== filters.focusArea) continue;
    counts[actionAsOf(record, quarter).status] += 1;
  }
  return counts;
}

function expectedCells(quarter: string, filters: { priority?: string; focusArea?: string } = {}): string[] {
  const counts = countByStatus(quarter, filters);
  const total = statusIds.reduce((sum, status) => sum + counts[status], 0);
  return [...statusIds.map((status) => String(counts[status])), String(total)];
}

function reportedQuarters(): string[] {
  return mockData().plan.quarters.filter((quarter) => compareQuarters(quarter, latestQuarter) <= 0);
}

async function historySection() {
  return screen.findByRole('region', { name: 'Status over time' }, slow);
}

// Opens the chart's numbers with its toggle button (unless they are open already).
async function openHistoryTable(user: ReturnType<typeof renderApp>['user']) {
  const section = await historySection();
  const toggle = await within(section).findByRole('button', { name: /the numbers/ }, slow);
  if (toggle.getAttribute('aria-expanded') !== 'true') await user.click(toggle);
  return within(section).getByRole('table', { name: /Actions by status in each quarter/ });
}

function rowCells(table: HTMLElement, quarter: string): string[] {
  const row = within(table).getByRole('rowheader', { name: quarterLabel(quarter) }).closest('tr') as HTMLElement;
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent ?? '');
}

describe('the overview’s status over time', () => {
  it('tables, for every reported quarter, the same numbers as an independent count of the mock data', async () => {
    const { user } = renderApp('/');
    const table = await openHistoryTable(user);
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Quarter',
      ...statusIds.map((status) => statusLabels[status]),
      'Total',
    ]);
    expect(reportedQuarters()).toHaveLength(13);
    for (const quarter of reportedQuarters()) expect(rowCells(table, quarter)).toEqual(expectedCells(quarter));
    expect(within(table).getByRole('rowheader', { name: 'School year 2023–24' })).toBeInTheDocument();
  });

  it('says the quarters after the latest update are not yet reported, rather than counting them as zero', async () => {
    const { user } = renderApp('/');
    const table = await openHistoryTable(user);
    for (const quarter of ['2026-Q4', '2027-Q1', '2027-Q2']) expect(rowCells(table, quarter)).toEqual(['Not yet reported']);
    const counts = countByStatus(latestQuarter);
    const total = statusIds.reduce((sum, status) => sum + counts[status], 0);
    const flagged = counts['at-risk'] + counts['off-track'];
    expect(
      within(await historySection()).getByText(
        `In Q3 2026, ${counts['on-track']} of ${total} actions were on track and ${counts.completed} completed; ${flagged} were at risk or off track.`,
      ),
    ).toBeInTheDocument();
  });

  it('narrows to a priority and a focus area, keeps both in the URL beside the quarter, and recounts', async () => {
    const { user, currentUrl } = renderApp('/?quarter=2025-Q2');
    const section = await historySection();
    await user.selectOptions(within(section).getByLabelText('Priority'), 'wellness');
    await waitFor(() => expect(currentUrl()).toBe('/?quarter=2025-Q2&historyPriority=wellness'));
    let table = await openHistoryTable(user);
    await waitFor(() => expect(rowCells(table, latestQuarter)).toEqual(expectedCells(latestQuarter, { priority: 'wellness' })), slow);

    await user.selectOptions(within(section).getByLabelText('Focus area'), 'voice-agency');
    await waitFor(() => expect(currentUrl()).toBe('/?quarter=2025-Q2&historyPriority=wellness&historyFocusArea=voice-agency'));
    const filters = { priority: 'wellness', focusArea: 'voice-agency' };
    table = await openHistoryTable(user);
    await waitFor(() => expect(rowCells(table, latestQuarter)).toEqual(expectedCells(latestQuarter, filters)), slow);
    for (const quarter of reportedQuarters()) expect(rowCells(table, quarter)).toEqual(expectedCells(quarter, filters));
    expect(expectedCells(latestQuarter, filters)).not.toEqual(expectedCells(latestQuarter, { priority: 'wellness' }));
    // The matrix keeps its own quarter.
    expect(screen.getByLabelText('As of')).toHaveValue('2025-Q2');
  });

  it('ignores a history filter that is not one of the plan’s, and says so', async () => {
    const { user } = renderApp('/?historyPriority=nope&historyFocusArea=programs-projects');
    expect(await screen.findByText(/Ignored the link’s historyPriority: "nope"/, {}, slow)).toHaveTextContent(
      /the chart shows all priorities/,
    );
    const section = await historySection();
    expect(within(section).getByLabelText('Priority')).toHaveValue('');
    expect(within(section).getByLabelText('Focus area')).toHaveValue('programs-projects');
    const table = await openHistoryTable(user);
    expect(rowCells(table, latestQuarter)).toEqual(expectedCells(latestQuarter, { focusArea: 'programs-projects' }));
  });

  it('says there is nothing to draw when no quarter has been reported yet', async () => {
    server.use(
      http.get('*/api/status-history', () =>
        HttpResponse.json({
          quarters: mockData().plan.quarters.map((quarter) => ({
            quarter,
            reported: false,
            counts: Object.fromEntries(statusIds.map((status) => [status, 0])),
          })),
        }),
      ),
    );
    const { user } = renderApp('/');
    const section = await historySection();
    expect(await within(section).findByText('No quarter has been reported yet, so there is nothing to draw.', {}, slow)).toBeInTheDocument();
    const table = await openHistoryTable(user);
    expect(rowCells(table, '2023-Q3')).toEqual(['Not yet reported']);
  });
});

describe('the matrix’s priorities', () => {
  it('open the priority’s page when a row header is clicked', async () => {
    const { user, currentUrl } = renderApp('/');
    const table = await screen.findByRole('table', { name: 'Priorities by focus area' }, slow);
    await user.click(within(table).getByRole('link', { name: 'Priority 3: MEET SPECIFIC ACADEMIC BENCHMARKS' }));
    await waitFor(() => expect(currentUrl()).toBe('/priorities/academic-benchmarks'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Priority 3: MEET SPECIFIC ACADEMIC BENCHMARKS' }, slow),
    ).toBeInTheDocument();
  });
});
