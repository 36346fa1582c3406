import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { statusLabels, type StatusId } from '../../contract/ids';
import { reviewFirstPageSize } from '../../contract/review';
import { actionAsOf } from '../../domain/action-record';
import { quarterlyReview } from '../../domain/quarterly-review';
import { mockData } from '../../../mocks/data';
import { server } from '../../../mocks/node';
import { renderApp } from '../../../tests/render-app';

// Expected rows are worked out straight from the mock data with actionAsOf,
// independently of the review code the API uses.
function transitions(quarter: string, previous: string) {
  return mockData().actions.map((record) => ({
    title: record.title,
    from: actionAsOf(record, previous).status,
    to: actionAsOf(record, quarter).status,
  }));
}

function completedTitles(quarter: string, previous: string): string[] {
  return transitions(quarter, previous)
    .filter((t) => t.to === 'completed' && t.from !== 'completed')
    .map((t) => t.title)
    .sort();
}

function newlyAtRiskTitles(quarter: string, previous: string): string[] {
  const worse = ({ from, to }: { from: StatusId; to: StatusId }) =>
    (to === 'off-track' && from !== 'off-track') || (to === 'at-risk' && from !== 'at-risk' && from !== 'off-track');
  return transitions(quarter, previous).filter(worse).map((t) => t.title).sort();
}

function rowTitles(tableName: string): string[] {
  const table = screen.getByRole('table', { name: tableName });
  return within(table)
    .getAllByRole('rowheader')
    .map((th) => th.textContent ?? '')
    .sort();
}

// Generous: the screen's module loads lazily, and a loaded machine is slow to first paint.
const heading = (name: string) => screen.findByRole('heading', { level: 1, name }, { timeout: 8000 });

describe('the quarterly review', () => {
  it('opens the latest reported quarter from /review', async () => {
    const { currentUrl } = renderApp('/review');
    expect(await heading('Quarterly review: Q3 2026')).toBeInTheDocument();
    expect(currentUrl()).toBe('/review/2026-Q3');
    expect(screen.getByLabelText('Quarter')).toHaveValue('2026-Q3');
    await waitFor(() => expect(document.title).toMatch(/^Quarterly review Q3 2026/));
    expect(screen.getByText(/Jul–Sep 2026, compared with Q2 2026/)).toBeInTheDocument();
  });

  it('lists exactly the actions completed and newly at risk or off track in the quarter', async () => {
    renderApp('/review/2026-Q3');
    await heading('Quarterly review: Q3 2026');
    const completed = completedTitles('2026-Q3', '2026-Q2');
    const atRisk = newlyAtRiskTitles('2026-Q3', '2026-Q2');
    expect(completed.length).toBeGreaterThan(0);
    expect(atRisk.length).toBeGreaterThan(0);
    expect(rowTitles('Actions completed in Q3 2026')).toEqual(completed);
    expect(rowTitles('Actions newly at risk or off track in Q3 2026')).toEqual(atRisk);
  });

  it('gives each status’s count now and its change since the previous quarter', async () => {
    renderApp('/review/2026-Q3');
    await heading('Quarterly review: Q3 2026');
    const glance = screen.getByRole('table', { name: 'Actions by status in Q3 2026, compared with Q2 2026' });
    const moves = transitions('2026-Q3', '2026-Q2');
    for (const status of ['on-track', 'at-risk', 'completed'] as const) {
      const was = moves.filter((t) => t.from === status).length;
      const now = moves.filter((t) => t.to === status).length;
      const change = now > was ? `+${now - was}` : now < was ? `−${was - now}` : '0';
      expect(within(glance).getByRole('row', { name: `${statusLabels[status]} ${was} ${now} ${change}` })).toBeInTheDocument();
    }
  });

  it('moves to another quarter chosen in the select, and keeps it in the URL', async () => {
    const { user, currentUrl } = renderApp('/review/2026-Q3');
    await heading('Quarterly review: Q3 2026');
    await user.selectOptions(screen.getByLabelText('Quarter'), '2025-Q4');

    expect(await heading('Quarterly review: Q4 2025')).toBeInTheDocument();
    expect(currentUrl()).toBe('/review/2025-Q4');
    expect(screen.getByLabelText('Quarter')).toHaveValue('2025-Q4');
    const completed = completedTitles('2025-Q4', '2025-Q3');
    if (completed.length > 0) expect(rowTitles('Actions completed in Q4 2025')).toEqual(completed);
    else expect(screen.getByText('No action was completed in Q4 2025.')).toBeInTheDocument();
    expect(completed).not.toEqual(completedTitles('2026-Q3', '2026-Q2'));
  });

  it('offers only the reported quarters of the plan', async () => {
    renderApp('/review/2026-Q3');
    await heading('Quarterly review: Q3 2026');
    const options = within(screen.getByLabelText('Quarter')).getAllByRole('option');
    expect(options[0]).toHaveValue('2023-Q3');
    expect(options.at(-1)).toHaveValue('2026-Q3');
  });

  it('compares the plan’s first quarter with the time before the plan', async () => {
    renderApp('/review/2023-Q3');
    await heading('Quarterly review: Q3 2023');
    expect(screen.getByText(/the plan’s first quarter, compared with the time before it/)).toBeInTheDocument();
    const glance = screen.getByRole('table', { name: /compared with before the plan \(Q2 2023\)/ });
    const total = mockData().actions.length;
    expect(within(glance).getByRole('row', { name: new RegExp(`^All actions ${total} ${total} 0$`) })).toBeInTheDocument();
    expect(within(glance).getByRole('row', { name: new RegExp(`^${statusLabels['not-started']} ${total} `) })).toBeInTheDocument();
  });

  it('shows each benchmark’s target and actual with the result in words', async () => {
    renderApp('/review/2026-Q3');
    await heading('Quarterly review: Q3 2026');
    const table = screen.getByRole('table', { name: 'Benchmarks, 2025–26 school year: target and actual' });
    for (const benchmark of mockData().benchmarks) {
      const year = benchmark.years.find((y) => y.schoolYear === '2025-26');
      const { target = null, actual = null } = year ?? {};
      const word =
        target === null || actual === null
          ? 'No data'
          : (benchmark.direction === 'higher' ? actual >= target : actual <= target)
            ? 'Met'
            : 'Not met';
      const row = within(table).getByRole('rowheader', { name: benchmark.name }).closest('tr');
      expect(row).not.toBeNull();
      expect(within(row as HTMLElement).getAllByRole('cell').at(-1)).toHaveTextContent(new RegExp(`^${word}$`));
    }
  });

  it('keeps its header line for paper and leads to the board packet', async () => {
    const { user, currentUrl } = renderApp('/review/2026-Q3');
    await heading('Quarterly review: Q3 2026');
    expect(
      screen.getByText('Pasadena Educational Foundation — Strategic Plan 2023–2027 — Quarterly review Q3 2026 — Sample data'),
    ).toBeInTheDocument();
    expect(screen.getByText(/are invented examples/, { selector: '.review-sample' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Print / save the board packet' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Board packet: Q3 2026' }, { timeout: 5000 })).toBeInTheDocument();
    expect(currentUrl()).toBe('/review/2026-Q3/packet');
  });

  it.each([
    ['2025-Q9', /"2025-Q9" must be a quarter like 2025-Q3/],
    ['2031-Q1', /"2031-Q1" must be within the plan period, 2023-Q3 to 2027-Q2/],
    ['2026-Q4', /"2026-Q4" has not been reported yet; the quarters 2023-Q3 to 2026-Q3 can be reviewed/],
  ])('explains a link to %s and offers the latest review', async (quarter, why) => {
    const { user, currentUrl } = renderApp(`/review/${quarter}`);
    expect(await heading('Quarterly review')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(why);
    await user.click(screen.getByRole('link', { name: 'Go to the latest review, Q3 2026' }));
    expect(await heading('Quarterly review: Q3 2026')).toBeInTheDocument();
    expect(currentUrl()).toBe('/review/2026-Q3');
  });

  it('says why each list is empty when nothing happened', async () => {
    const data = mockData();
    const review = quarterlyReview(data.actions, data.benchmarks, data.plan.period, '2026-Q3');
    const none = { changes: 0, newlyAtRisk: 0, completed: 0, overdue: 0, notReported: 0 };
    const quiet = { ...review, changes: [], newlyAtRisk: [], completed: [], overdue: [], notReported: [], listTotals: none, benchmarks: [] };
    server.use(http.get('*/api/review/:quarter', () => HttpResponse.json(quiet)));
    renderApp('/review/2026-Q3');
    await heading('Quarterly review: Q3 2026');
    for (const sentence of [
      'No action moved into at risk or off track in Q3 2026.',
      'No action was completed in Q3 2026.',
      'No action changed status since Q2 2026.',
      'No open action was past its due quarter in Q3 2026.',
      'Every action under way reported an update for Q3 2026.',
      'No benchmark has been set for the plan yet, so there is nothing to compare.',
    ]) {
      expect(screen.getByText(sentence)).toBeInTheDocument();
    }
    expect(screen.queryByRole('table', { name: 'Actions completed in Q3 2026' })).not.toBeInTheDocument();
  });

  it('shows the first rows of a long list, and the rest on request', async () => {
    const data = mockData();
    const changed = data.actions.filter((r) => actionAsOf(r, '2026-Q3').status !== actionAsOf(r, '2026-Q2').status);
    for (const [n, record] of changed.entries()) {
      for (const copy of [1, 2]) data.actions.push({ ...record, id: `a-9${copy}${String(n).padStart(2, '0')}`, title: `${record.title} (copy ${copy})` });
    }
    const total = changed.length * 3;
    expect(total).toBeGreaterThan(reviewFirstPageSize);
    const { user } = renderApp('/review/2026-Q3');
    await heading('Quarterly review: Q3 2026');
    const section = screen.getByRole('region', { name: 'Status changes' });
    const rows = () => within(within(section).getByRole('table')).getAllByRole('rowheader');
    expect(rows()).toHaveLength(reviewFirstPageSize);
    expect(within(section).getByText(`Showing ${reviewFirstPageSize} of ${total}; ${total - reviewFirstPageSize} more not shown.`)).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(rows()).toHaveLength(total));
    expect(within(section).queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });

  it('explains a failed request instead of showing a blank page', async () => {
    server.use(
      http.get('*/api/review/:quarter', () =>
        HttpResponse.json({ error: { code: 'internal', message: 'The database is not answering.' } }, { status: 500 }),
      ),
    );
    renderApp('/review/2026-Q3');
    expect(await screen.findByRole('alert', {}, { timeout: 8000 })).toHaveTextContent('Could not load the quarterly review: The database is not answering.');
  });
});
