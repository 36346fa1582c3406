import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Benchmark, BenchmarkUnit } from '../../contract/benchmarks';
import { studentGroupLabels } from '../../contract/ids';
import { mockData } from '../../../mocks/data';
import { server } from '../../../mocks/node';
import { renderApp } from '../../../tests/render-app';

// Expected figures come straight from the mock data, formatted here by hand,
// independently of the formatting code the screen uses.
const yearLabel = (schoolYear: string) => schoolYear.replace('-', '–');
const heading = (priority: { number: number; title: string }) => `Priority ${priority.number}: ${priority.title}`;
const namesOf = (articles: HTMLElement[]) => articles.map((article) => article.querySelector('h3')?.textContent);

function benchmarkWhere(test: (benchmark: Benchmark) => boolean): Benchmark {
  const found = mockData().benchmarks.find(test);
  if (found === undefined) throw new Error('the mock data has no such benchmark');
  return found;
}

// The measure's chart frame: its title, summary line, chart and table toggle.
function trendFrame(benchmark: Benchmark, article = screen.getByRole('article', { name: benchmark.name })): HTMLElement {
  const title = within(article).getByRole('heading', { level: 4, name: 'Target and actual by school year' });
  const frame = title.closest('figure');
  if (frame === null) throw new Error(`no chart frame for ${benchmark.name}`);
  return frame;
}

// The figures sit behind the chart's table toggle, which a reader opens.
async function figuresTable(benchmark: Benchmark): Promise<HTMLElement> {
  const frame = trendFrame(benchmark);
  const toggle = within(frame).getByRole('button', { name: /the numbers/ });
  if (toggle.getAttribute('aria-expanded') === 'false') await userEvent.setup().click(toggle);
  return within(frame).getByRole('table', { name: `${benchmark.name}: Target and actual by school year` });
}

function yearCells(table: HTMLElement, rowName: string) {
  const row = within(table).getByRole('rowheader', { name: rowName }).closest('tr');
  if (row === null) throw new Error(`no row ${rowName}`);
  const [target, actual, met] = within(row).getAllByRole('cell');
  return { target: target?.textContent, actual: actual?.textContent, met: met?.textContent };
}

function latestWord(benchmark: Benchmark): { schoolYear: string; word: string } {
  const latest = benchmark.years.filter((year) => year.actual !== null).at(-1);
  if (latest?.actual == null || latest.target === null) throw new Error('no reported year with a target');
  const met = benchmark.direction === 'higher' ? latest.actual >= latest.target : latest.actual <= latest.target;
  return { schoolYear: latest.schoolYear, word: met ? 'met' : 'not met' };
}

// The screen is loaded on demand, and its first render is a large one.
async function openBenchmarks(url: string) {
  const view = renderApp(url);
  await screen.findByRole('heading', { level: 1, name: 'Benchmarks' }, { timeout: 10_000 });
  return view;
}

describe('the benchmarks screen', () => {
  it('shows every measure by default, grouped under the six priorities', async () => {
    await openBenchmarks('/benchmarks');
    expect(screen.getByText(/target against its actual.*sample data/)).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(mockData().benchmarks.length);
    expect(screen.getByLabelText('Priority')).toHaveValue('');

    const { priorities } = mockData().plan;
    expect(priorities).toHaveLength(6);
    const headings = screen.getAllByRole('heading', { level: 2 });
    expect(headings).toHaveLength(priorities.length);
    priorities.forEach((priority, index) => {
      const section = headings[index]?.closest('section');
      expect(section).toHaveAccessibleName(heading(priority));
      const expected = mockData().benchmarks.filter((b) => b.priorityId === priority.id).map((b) => b.name);
      expect(namesOf(within(section as HTMLElement).getAllByRole('article'))).toEqual(expected);
    });
    await waitFor(() => expect(document.title).toMatch(/^Benchmarks/));
  });

  it('shows only the linked priority’s measures', async () => {
    await openBenchmarks('/benchmarks?priority=technology');
    const expected = mockData().benchmarks.filter((b) => b.priorityId === 'technology').map((b) => b.name);
    expect(expected.length).toBeGreaterThan(0);
    expect(namesOf(screen.getAllByRole('article'))).toEqual(expected);
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(1);
    expect(screen.getByLabelText('Priority')).toHaveValue('technology');
  });

  it('keeps the chosen priority in the URL and lists its measures', async () => {
    const { user, currentUrl } = await openBenchmarks('/benchmarks');
    await user.selectOptions(screen.getByLabelText('Priority'), 'wellness');

    await waitFor(() => expect(currentUrl()).toBe('/benchmarks?priority=wellness'));
    const expected = mockData().benchmarks.filter((b) => b.priorityId === 'wellness').map((b) => b.name);
    await waitFor(() => expect(namesOf(screen.getAllByRole('article'))).toEqual(expected));
    expect(screen.getByLabelText('Priority')).toHaveValue('wellness');

    await user.selectOptions(screen.getByLabelText('Priority'), 'All priorities');
    await waitFor(() => expect(currentUrl()).toBe('/benchmarks'));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(mockData().benchmarks.length));
  });

  it('shows each school year’s target and actual as the data has them', async () => {
    await openBenchmarks('/benchmarks');
    const percent = benchmarkWhere((b) => b.unit === 'percent');
    const count = benchmarkWhere((b) => b.unit === 'count' && b.baseline.value >= 1000);
    const dollars = benchmarkWhere((b) => b.unit === 'dollars');
    const formats: [Benchmark, (value: number) => string][] = [
      [percent, (value) => `${value}%`],
      [count, (value) => value.toLocaleString('en-US')],
      [dollars, (value) => `$${value.toLocaleString('en-US')}`],
    ];
    for (const [benchmark, format] of formats) {
      const table = await figuresTable(benchmark);
      for (const year of benchmark.years) {
        const { target, actual } = yearCells(table, yearLabel(year.schoolYear));
        if (year.target !== null) expect(target).toBe(format(year.target));
        if (year.actual !== null) expect(actual).toBe(format(year.actual));
      }
      const baseline = yearCells(table, `${yearLabel(benchmark.baseline.schoolYear)} (baseline)`);
      expect(baseline.actual).toBe(format(benchmark.baseline.value));
    }
  });

  it('says “Not yet reported” for a year without an actual, never zero or blank', async () => {
    const benchmark = benchmarkWhere((b) => b.years.some((year) => year.actual === null));
    await openBenchmarks(`/benchmarks?priority=${benchmark.priorityId}`);
    const table = await figuresTable(benchmark);
    for (const year of benchmark.years.filter((y) => y.actual === null)) {
      const { actual, met } = yearCells(table, yearLabel(year.schoolYear));
      expect(actual).toBe('Not yet reported');
      expect(met).not.toMatch(/met/i);
    }
  });

  it('sums up the latest reported year as met or not met, by the measure’s direction', async () => {
    await openBenchmarks('/benchmarks');
    for (const direction of ['higher', 'lower'] as const) {
      const benchmark = benchmarkWhere((b) => b.direction === direction);
      const { schoolYear, word } = latestWord(benchmark);
      const article = screen.getByRole('article', { name: benchmark.name });
      expect(within(article).getByText(direction === 'higher' ? 'Higher is better' : 'Lower is better')).toBeInTheDocument();
      const summary = within(article).getByText(/against a target of/);
      expect(summary.textContent).toMatch(new RegExp(`^${yearLabel(schoolYear)}: .+: ${word}$`));
      expect(yearCells(await figuresTable(benchmark), yearLabel(schoolYear)).met).toBe(word === 'met' ? 'Met' : 'Not met');
    }
  });

  it('shows the values by student group behind a disclosure', async () => {
    const benchmark = benchmarkWhere((b) => b.groups.length > 0 && b.unit === 'percent');
    const { user } = await openBenchmarks(`/benchmarks?priority=${benchmark.priorityId}`);
    const article = screen.getByRole('article', { name: benchmark.name });
    await user.click(within(article).getByText('Values by student group'));

    const table = within(article).getByRole('table', { name: `${benchmark.name}: Actual by student group` });
    expect(within(table).getAllByRole('rowheader').map((th) => th.textContent)).toEqual(
      benchmark.groups.map((group) => studentGroupLabels[group.studentGroupId]),
    );
    const group = benchmark.groups[1] ?? benchmark.groups[0];
    const value = group?.values.find((v) => v.actual !== null);
    if (group === undefined || value?.actual == null) throw new Error('no reported group value');
    const row = within(table).getByRole('rowheader', { name: studentGroupLabels[group.studentGroupId] }).closest('tr');
    const column = benchmark.years.findIndex((year) => year.schoolYear === value.schoolYear);
    expect(within(row as HTMLElement).getAllByRole('cell')[column]?.textContent).toBe(`${value.actual}%`);
  });

  it('ignores a priority that is not one of the plan’s, and says so', async () => {
    await openBenchmarks('/benchmarks?priority=nope');
    expect(screen.getByText(/The link’s priority "nope"/)).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(mockData().benchmarks.length);
    expect(screen.getByLabelText('Priority')).toHaveValue('');
  });

  it('says why the list is empty and offers all priorities', async () => {
    server.use(
      http.get('*/api/benchmarks', ({ request }) =>
        new URL(request.url).searchParams.has('priority') ? HttpResponse.json({ items: [], total: 0 }) : undefined,
      ),
    );
    const { user, currentUrl } = await openBenchmarks('/benchmarks?priority=opportunities');
    const opportunities = mockData().plan.priorities.find((p) => p.id === 'opportunities');
    expect(screen.getByText(`No measures have been set yet for priority ${opportunities?.number}, ${opportunities?.title}.`)).toBeInTheDocument();
    expect(screen.queryAllByRole('article')).toHaveLength(0);

    await user.click(screen.getByRole('link', { name: 'Show all priorities' }));
    await waitFor(() => expect(currentUrl()).toBe('/benchmarks'));
    expect(await screen.findAllByRole('article')).toHaveLength(mockData().benchmarks.length);
  });

  it('explains a failed request', async () => {
    server.use(
      http.get('*/api/benchmarks', () =>
        HttpResponse.json({ error: { code: 'internal', message: 'The database is not answering.' } }, { status: 500 }),
      ),
    );
    renderApp('/benchmarks');
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent('Could not load the benchmarks: The database is not answering.');
  });
});

// The charts: jsdom draws no SVG (recharts measures 0×0 there), so these check
// each chart's frame: its title, summary line, key, empty state and table.
function formatted(value: number, unit: BenchmarkUnit): string {
  switch (unit) {
    case 'percent':
      return `${value}%`;
    case 'count':
      return value.toLocaleString('en-US');
    case 'dollars':
      return `$${value.toLocaleString('en-US')}`;
    case 'days':
      return `${value} ${value === 1 ? 'day' : 'days'}`;
    case 'ratio':
      return `${value} : 1`;
  }
}

function expectedSummary(benchmark: Benchmark): string {
  const latest = benchmark.years.filter((year) => year.actual !== null).at(-1);
  if (latest?.actual == null || latest.target === null) throw new Error('no reported year with a target');
  const { schoolYear, word } = latestWord(benchmark);
  const { unit } = benchmark;
  return `${yearLabel(schoolYear)}: ${formatted(latest.actual, unit)} against a target of ${formatted(latest.target, unit)}: ${word}`;
}

async function openFigures(frame: HTMLElement, user: ReturnType<typeof userEvent.setup>, tableName: string) {
  const toggle = within(frame).getByRole('button', { name: 'Show the numbers as a table' });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  expect(within(frame).queryByRole('table')).toBeNull();
  await user.click(toggle);
  expect(within(frame).getByRole('button', { name: 'Hide the numbers' })).toHaveAttribute('aria-expanded', 'true');
  return within(frame).getByRole('table', { name: tableName });
}

describe('the benchmark charts', () => {
  it('gives every measure a chart of target against actual, summed up in one line', async () => {
    await openBenchmarks('/benchmarks');
    const { benchmarks } = mockData();
    const articles = screen.getAllByRole('article');
    expect(namesOf(articles)).toEqual(benchmarks.map((benchmark) => benchmark.name));
    for (const [index, benchmark] of benchmarks.entries()) {
      const frame = trendFrame(benchmark, articles[index]);
      const summary = expectedSummary(benchmark);
      expect(within(frame).getByText(summary)).toBeInTheDocument();
      expect(within(frame).getByRole('img', { name: `Target and actual by school year. ${summary}` })).toBeInTheDocument();
      const key = within(frame).getByRole('list', { name: 'Key' });
      expect(within(key).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
        'Actual',
        'Target',
        `Baseline ${yearLabel(benchmark.baseline.schoolYear)}`,
      ]);
    }
  });

  it('opens each chart’s numbers as a table of the same figures', async () => {
    const { user } = await openBenchmarks('/benchmarks');
    const units = ['percent', 'count', 'dollars', 'days', 'ratio'] as const;
    const articles = screen.getAllByRole('article');
    for (const unit of units) {
      const benchmark = benchmarkWhere((b) => b.unit === unit);
      const article = articles.find((candidate) => candidate.querySelector('h3')?.textContent === benchmark.name);
      const frame = trendFrame(benchmark, article);
      const table = await openFigures(frame, user, `${benchmark.name}: Target and actual by school year`);
      for (const year of benchmark.years) {
        const { target, actual } = yearCells(table, yearLabel(year.schoolYear));
        expect(target).toBe(year.target === null ? 'No target set' : formatted(year.target, unit));
        expect(actual).toBe(year.actual === null ? 'Not yet reported' : formatted(year.actual, unit));
      }
      const baseline = yearCells(table, `${yearLabel(benchmark.baseline.schoolYear)} (baseline)`);
      expect(baseline.actual).toBe(formatted(benchmark.baseline.value, unit));
    }
  });

  it('draws nothing for a measure with no actual yet, and says why', async () => {
    const [unreported, ...others] = mockData().benchmarks.filter((b) => b.priorityId === 'technology');
    if (unreported === undefined || others.length === 0) throw new Error('expected several technology measures');
    const blank: Benchmark = {
      ...unreported,
      years: unreported.years.map((year) => ({ ...year, actual: null })),
      groups: unreported.groups.map((group) => ({ ...group, values: group.values.map((v) => ({ ...v, actual: null })) })),
    };
    server.use(http.get('*/api/benchmarks', () => HttpResponse.json({ items: [blank, ...others], total: others.length + 1 })));
    const { user } = await openBenchmarks('/benchmarks?priority=technology');

    const frame = trendFrame(blank);
    const baseline = `baseline ${yearLabel(blank.baseline.schoolYear)}: ${formatted(blank.baseline.value, blank.unit)}`;
    expect(within(frame).getByText(`No school year reported yet; ${baseline}`)).toBeInTheDocument();
    expect(within(frame).getByText(/^Nothing to draw yet: no school year’s actual has been reported/)).toBeInTheDocument();
    expect(within(frame).queryByRole('img')).toBeNull();
    for (const other of others) expect(within(trendFrame(other)).getByRole('img')).toBeInTheDocument();

    const table = await openFigures(frame, user, `${blank.name}: Target and actual by school year`);
    for (const year of blank.years) expect(yearCells(table, yearLabel(year.schoolYear)).actual).toBe('Not yet reported');
  });

  it('charts the latest reported year by student group, highest first, with its table', async () => {
    const benchmark = benchmarkWhere((b) => b.groups.length > 2);
    const { user } = await openBenchmarks(`/benchmarks?priority=${benchmark.priorityId}`);
    const article = screen.getByRole('article', { name: benchmark.name });
    await user.click(within(article).getByText('Values by student group'));

    const schoolYear = benchmark.groups
      .flatMap((group) => group.values.filter((v) => v.actual !== null).map((v) => v.schoolYear))
      .sort()
      .at(-1);
    if (schoolYear === undefined) throw new Error('no reported group value');
    const rows = benchmark.groups
      .map((group) => ({
        name: studentGroupLabels[group.studentGroupId],
        actual: group.values.find((v) => v.schoolYear === schoolYear)?.actual ?? null,
      }))
      .filter((row): row is { name: string; actual: number } => row.actual !== null)
      .sort((a, b) => b.actual - a.actual || a.name.localeCompare(b.name));

    const title = within(article).getByRole('heading', { level: 4, name: `By student group, ${yearLabel(schoolYear)}` });
    const frame = title.closest('figure') as HTMLElement;
    const all = rows.find((row) => row.name === 'All students');
    const [highest, lowest] = [rows[0], rows.at(-1)];
    expect(within(frame).getByText(new RegExp(`^${yearLabel(schoolYear)}: highest ${highest?.name}`))).toHaveTextContent(
      `${yearLabel(schoolYear)}: highest ${highest?.name}, ${formatted(highest?.actual ?? NaN, benchmark.unit)}; ` +
        `lowest ${lowest?.name}, ${formatted(lowest?.actual ?? NaN, benchmark.unit)}; ` +
        `all students ${formatted(all?.actual ?? NaN, benchmark.unit)}`,
    );

    const table = await openFigures(frame, user, `${benchmark.name}: Actual by student group, ${yearLabel(schoolYear)}`);
    const bodyRows = within(table).getAllByRole('row').slice(1);
    expect(bodyRows.map((row) => [within(row).getByRole('rowheader').textContent, within(row).getByRole('cell').textContent])).toEqual(
      rows.map((row) => [row.name, formatted(row.actual, benchmark.unit)]),
    );
    // The all-years table stays beside the chart.
    expect(within(article).getByRole('table', { name: `${benchmark.name}: Actual by student group` })).toBeInTheDocument();
  });
});
