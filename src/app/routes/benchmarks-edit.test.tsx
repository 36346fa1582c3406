import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Benchmark } from '../../contract/benchmarks';
import { mockData, mockUserOf } from '../../../mocks/data';
import { renderApp } from '../../../tests/render-app';
import { testToday } from '../../../tests/test-today';

const yearLabel = (schoolYear: string) => schoolYear.replace('-', '–');

// The form opens on the current school year by the browser's clock: pin it (2026-27).
beforeEach(() => {
  vi.setSystemTime(testToday);
});

afterEach(() => {
  vi.useRealTimers();
});

function percentBenchmark(): Benchmark {
  const found = mockData().benchmarks.find((b) => b.unit === 'percent' && b.years.some((y) => y.actual !== null));
  if (found === undefined) throw new Error('the mock data has no reported percent measure');
  return found;
}

function stored(id: string): Benchmark {
  const found = mockData().benchmarks.find((b) => b.id === id);
  if (found === undefined) throw new Error(`no benchmark ${id}`);
  return found;
}

async function openEditor(benchmark: Benchmark) {
  const view = renderApp(`/benchmarks?priority=${benchmark.priorityId}`);
  const article = await screen.findByRole('article', { name: benchmark.name }, { timeout: 10_000 });
  const toggle = within(article).getByRole('button', { name: `Edit values of ${benchmark.name}` });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await view.user.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const year = within(article).getByRole('combobox', { name: 'School year' });
  return { ...view, article, toggle, year };
}

function figures(article: HTMLElement, benchmark: Benchmark) {
  return within(article).getByRole('table', { name: `${benchmark.name}: Target and actual by school year` });
}

describe('benchmark value entry', () => {
  it('saves a school year’s actual, and the table shows it without a reload', async () => {
    const benchmark = percentBenchmark();
    const reported = benchmark.years.filter((y) => y.actual !== null).at(-1);
    if (reported === undefined) throw new Error('no reported year');
    const next = reported.actual === 61 ? 62 : 61;
    const { user, article, toggle, year } = await openEditor(benchmark);
    expect(year).toHaveValue('2026-27');

    await user.selectOptions(year, reported.schoolYear);
    const actual = within(article).getByRole('spinbutton', { name: 'Actual (percent)' });
    const target = within(article).getByRole('spinbutton', { name: 'Target (percent)' });
    expect(actual).toHaveValue(reported.actual);
    expect(target).toHaveValue(reported.target);
    await user.clear(actual);
    await user.type(actual, String(next));
    await user.click(within(article).getByRole('button', { name: `Save the ${yearLabel(reported.schoolYear)} values` }));

    expect(await within(article).findByText(`Saved the ${yearLabel(reported.schoolYear)} values.`)).toHaveAttribute('role', 'status');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
    await user.click(within(article).getByRole('button', { name: /the numbers/ }));
    const row = within(figures(article, benchmark)).getByRole('rowheader', { name: yearLabel(reported.schoolYear) }).closest('tr');
    const [targetCell, actualCell] = within(row as HTMLElement).getAllByRole('cell');
    expect(actualCell).toHaveTextContent(`${next}%`);
    expect(targetCell).toHaveTextContent(`${reported.target}%`);

    const saved = stored(benchmark.id);
    expect(saved.years.find((y) => y.schoolYear === reported.schoolYear)).toEqual({ ...reported, actual: next });
    expect(saved.version).toBe(benchmark.version + 1);
  });

  it('clears a value left empty', async () => {
    const benchmark = percentBenchmark();
    const withTarget = benchmark.years.find((y) => y.target !== null);
    if (withTarget === undefined) throw new Error('no year with a target');
    const { user, article, year } = await openEditor(benchmark);
    await user.selectOptions(year, withTarget.schoolYear);
    await user.clear(within(article).getByRole('spinbutton', { name: 'Target (percent)' }));
    await user.click(within(article).getByRole('button', { name: /^Save the/ }));
    await within(article).findByText(`Saved the ${yearLabel(withTarget.schoolYear)} values.`);
    expect(stored(benchmark.id).years.find((y) => y.schoolYear === withTarget.schoolYear)?.target).toBeNull();
  });

  it('keeps a percent within 0 to 100, said next to the field, and sends nothing', async () => {
    const benchmark = percentBenchmark();
    const { user, article } = await openEditor(benchmark);
    const actual = within(article).getByRole('spinbutton', { name: 'Actual (percent)' });
    await user.clear(actual);
    await user.type(actual, '120');
    await user.click(within(article).getByRole('button', { name: /^Save the/ }));
    expect(actual).toHaveAttribute('aria-invalid', 'true');
    expect(actual).toHaveAccessibleDescription(/Enter a percent from 0 to 100\./);
    expect(actual).toHaveFocus();
    expect(stored(benchmark.id)).toBe(benchmark);
  });

  it('explains a 409, and Reload keeps what was typed', async () => {
    const benchmark = percentBenchmark();
    const { user, article } = await openEditor(benchmark);
    const target = within(article).getByRole('spinbutton', { name: 'Target (percent)' });
    await user.clear(target);
    await user.type(target, '77');
    const data = mockData();
    data.benchmarks[data.benchmarks.indexOf(benchmark)] = { ...benchmark, version: benchmark.version + 1 };
    await user.click(within(article).getByRole('button', { name: /^Save the/ }));

    const alert = await within(article).findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed this measure since you opened it. Reload to see their change, then enter yours again.');
    await user.click(within(alert).getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(within(article).queryByRole('alert')).not.toBeInTheDocument());
    expect(target).toHaveValue(77);
    await user.click(within(article).getByRole('button', { name: /^Save the/ }));
    await within(article).findByText('Saved the 2026–27 values.');
    expect(stored(benchmark.id).years.find((y) => y.schoolYear === '2026-27')?.target).toBe(77);
  });

  it('explains a 403', async () => {
    const benchmark = percentBenchmark();
    const { user, article } = await openEditor(benchmark);
    mockData().user = mockUserOf('board');
    const target = within(article).getByRole('spinbutton', { name: 'Target (percent)' });
    await user.clear(target);
    await user.type(target, '50');
    await user.click(within(article).getByRole('button', { name: /^Save the/ }));
    expect(await within(article).findByRole('alert')).toHaveTextContent(
      'Your role can’t change benchmark values. Ask the executive director for staff access.',
    );
    expect(stored(benchmark.id)).toBe(benchmark);
  });
});
