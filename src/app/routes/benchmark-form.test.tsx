import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Benchmark } from '../../contract/benchmarks';
import { mockData, resetMockData } from '../../../mocks/data';
import { renderApp } from '../../../tests/render-app';
import { testToday } from '../../../tests/test-today';

const timeout = { timeout: 10_000 };

function withGroupActuals(): Benchmark {
  const found = mockData().benchmarks.find((b) => b.groups.some((g) => g.values.some((v) => v.actual !== null)));
  if (found === undefined) throw new Error('the mock data has no measure with a group’s actuals');
  return found;
}

describe('the benchmarks screen’s links', () => {
  it('offers staff a measure to add, each measure to edit, and the measures shown to download', async () => {
    renderApp('/benchmarks?priority=wellness');
    const shown = mockData().benchmarks.filter((b) => b.priorityId === 'wellness');
    const first = await screen.findByRole('article', { name: shown[0]?.name }, timeout);
    expect(screen.getByRole('link', { name: 'Add a measure' })).toHaveAttribute('href', '/benchmarks/new?priority=wellness');
    expect(within(first).getByRole('link', { name: `Edit the measure ${shown[0]?.name}` })).toHaveAttribute('href', `/benchmarks/${shown[0]?.id}/edit`);
    const what = `Download these ${shown.length} measures`;
    expect(screen.getByRole('link', { name: `${what} as CSV` })).toHaveAttribute('href', '/api/export/benchmarks.csv?priority=wellness');
    expect(screen.getByRole('link', { name: `${what} as Excel` })).toHaveAttribute('href', '/api/export/benchmarks.xlsx?priority=wellness');
  });

  it('offers a board member the downloads but nothing to add or edit, and the form tells why', async () => {
    resetMockData(testToday, 'board');
    renderApp('/benchmarks');
    await screen.findAllByRole('article', {}, timeout);
    expect(screen.getByRole('link', { name: /^Download these \d+ measures as CSV$/ })).toHaveAttribute('href', '/api/export/benchmarks.csv');
    expect(screen.queryByRole('link', { name: 'Add a measure' })).toBeNull();
    expect(screen.queryByRole('link', { name: /^Edit the measure/ })).toBeNull();
  });

  it('tells a board member who follows a link to the form that their role can’t add measures', async () => {
    resetMockData(testToday, 'board');
    renderApp('/benchmarks/new');
    expect(await screen.findByText(/Your role can’t add or change measures/, {}, timeout)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add the measure' })).toBeNull();
  });
});

describe('Add a measure', () => {
  it('names each missing or wrong field next to it, and sends nothing', async () => {
    const { user } = renderApp('/benchmarks/new');
    await user.click(await screen.findByRole('button', { name: 'Add the measure' }, timeout));
    expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveAccessibleDescription('Enter the name of the measure.');
    expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveFocus();
    expect(screen.getByRole('combobox', { name: /^Unit/ })).toHaveAccessibleDescription('Choose the unit of the measure.');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Unit/ }), 'percent');
    await user.type(screen.getByRole('textbox', { name: 'Target for 2025-26' }), '120');
    await user.type(screen.getByRole('textbox', { name: /^Baseline school year/ }), '2022');
    expect(screen.getByRole('textbox', { name: 'Target for 2025-26' })).toHaveAccessibleDescription('The target for 2025-26 must be a percent from 0 to 100.');
    expect(screen.getByRole('textbox', { name: /^Baseline school year/ })).toHaveAccessibleDescription('Like 2022-23; it may be before the plan. Enter the school year of the baseline, like 2022-23.');
    expect(mockData().benchmarks.some((b) => !b.sample)).toBe(false);
  });

  it('adds the measure and shows it among its priority’s, not as sample data', async () => {
    const { user, currentUrl } = renderApp('/benchmarks/new?priority=technology');
    const name = await screen.findByRole('textbox', { name: /^Name/ }, timeout);
    await user.type(name, 'Devices per student');
    expect(screen.getByRole('combobox', { name: /^Priority/ })).toHaveValue('technology');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Unit/ }), 'ratio');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Direction/ }), 'higher');
    await user.type(screen.getByRole('textbox', { name: /^Baseline school year/ }), '2022-23');
    await user.type(screen.getByRole('textbox', { name: /^Baseline value/ }), '0.8');
    await user.type(screen.getByRole('textbox', { name: 'Target for 2026-27' }), '1');
    await user.click(screen.getByRole('checkbox', { name: 'Foster youth' }));
    await user.click(screen.getByRole('button', { name: 'Add the measure' }));
    const card = await screen.findByRole('article', { name: 'Devices per student' }, timeout);
    expect(currentUrl()).toBe('/benchmarks?priority=technology');
    expect(within(card).queryByText('Sample data')).toBeNull();
    const saved = mockData().benchmarks.find((b) => b.name === 'Devices per student');
    expect(saved).toMatchObject({ id: 'devices-per-student', unit: 'ratio', baseline: { schoolYear: '2022-23', value: 0.8 }, years: [{ schoolYear: '2026-27', target: 1, actual: null }], sample: false });
    expect(saved?.groups.map((g) => g.studentGroupId)).toEqual(['foster-youth']);
  });
});

describe('Edit a measure', () => {
  it('saves the changed fields and goes back to the measure’s priority', async () => {
    const benchmark = mockData().benchmarks[0];
    if (benchmark === undefined) throw new Error('no measures');
    const { user, currentUrl } = renderApp(`/benchmarks/${benchmark.id}/edit`);
    const name = await screen.findByRole('textbox', { name: /^Name/ }, timeout);
    expect(name).toHaveValue(benchmark.name);
    await user.clear(name);
    await user.type(name, 'Teachers who stay');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByRole('article', { name: 'Teachers who stay' }, timeout);
    expect(currentUrl()).toBe(`/benchmarks?priority=${benchmark.priorityId}`);
    expect(mockData().benchmarks[0]).toMatchObject({ name: 'Teachers who stay', version: benchmark.version + 1, years: benchmark.years });
  });

  it('shows the server’s refusal next to the field it names, and changes nothing', async () => {
    const benchmark = withGroupActuals();
    const group = benchmark.groups.find((g) => g.values.some((v) => v.actual !== null));
    const { user } = renderApp(`/benchmarks/${benchmark.id}/edit`);
    const box = await screen.findByRole('group', { name: /^Student groups/ }, timeout);
    if (group === undefined) throw new Error('no group with actuals');
    for (const checkbox of within(box).getAllByRole('checkbox')) if ((checkbox as HTMLInputElement).checked) await user.click(checkbox);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await within(box).findByText(/^Student groups must keep .+: its actuals for .+ would be lost\.$/, {}, timeout)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing was saved');
    expect(mockData().benchmarks.find((b) => b.id === benchmark.id)).toEqual(benchmark);
  });

  it('says when the measure is not there', async () => {
    renderApp('/benchmarks/no-such-measure/edit');
    expect(await screen.findByRole('heading', { name: 'Measure not found' }, timeout)).toBeInTheDocument();
  });
});
