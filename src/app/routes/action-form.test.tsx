import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { studentGroupLabels } from '../../contract/ids';
import type { ActionRecord } from '../../domain/action-record';
import { mockData, mockUserOf } from '../../../mocks/data';
import { errorResponse } from '../../../mocks/handlers/respond';
import { server } from '../../../mocks/node';
import { renderApp } from '../../../tests/render-app';
import { testToday } from '../../../tests/test-today';

// Typing long texts key by key is slow; a paste is one user action.
async function fill(user: ReturnType<typeof renderApp>['user'], field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

const label = (quarter: string) => quarter.replace(/^(\d{4})-Q(\d)$/, 'Q$2 $1');

// New actions start in the current quarter by the browser's clock: pin it.
beforeEach(() => {
  vi.setSystemTime(testToday);
});

afterEach(() => {
  vi.useRealTimers();
});

function plan() {
  return mockData().plan;
}

function priorityOf(id: string) {
  const priority = plan().priorities.find((p) => p.id === id);
  if (priority === undefined) throw new Error(`no priority ${id}`);
  return priority;
}

function stored(id: string): ActionRecord {
  const record = mockData().actions.find((r) => r.id === id);
  if (record === undefined) throw new Error(`no action ${id}`);
  return record;
}

async function findForm() {
  await screen.findByRole('textbox', { name: /^Title/ }, { timeout: 5000 });
  return {
    title: screen.getByRole('textbox', { name: /^Title/ }),
    description: screen.getByRole('textbox', { name: /^Description/ }),
    priority: screen.getByRole('combobox', { name: /^Priority/ }),
    focusArea: screen.getByRole('combobox', { name: /^Focus area/ }),
    owner: screen.getByRole('textbox', { name: /^Owner/ }),
    start: screen.getByRole('combobox', { name: /^Start quarter/ }),
    due: screen.getByRole('combobox', { name: /^Due quarter/ }),
    strategies: () => within(screen.getByRole('group', { name: 'Strategy' })).getAllByRole('radio'),
    group: (id: keyof typeof studentGroupLabels) => screen.getByRole('checkbox', { name: studentGroupLabels[id] }),
  };
}

function errorOf(control: HTMLElement): string {
  expect(control).toHaveAttribute('aria-invalid', 'true');
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

function detailsField(name: string): HTMLElement {
  const details = screen.getByRole('region', { name: 'Details' });
  return within(details).getByText(name, { selector: 'dt' }).nextElementSibling as HTMLElement;
}

describe('the action form', () => {
  it('creates an action from the explorer and lands on its page with every field shown', async () => {
    const { user, currentUrl } = renderApp('/actions');
    await user.click(await screen.findByRole('link', { name: 'New action' }, { timeout: 5000 }));
    expect(currentUrl()).toBe('/actions/new');
    const form = await findForm();
    expect(screen.getByRole('heading', { level: 1, name: 'New action' })).toBeInTheDocument();

    const wellness = priorityOf('wellness');
    await fill(user, form.title, 'Peer mentoring for new counselors');
    await fill(user, form.description, 'Pairs each new counselor with an experienced one for a year.');
    expect(form.strategies()).toHaveLength(1);
    await user.selectOptions(form.priority, 'wellness');
    expect(form.strategies().map((radio) => radio.closest('label')?.textContent)).toEqual([
      'None',
      ...wellness.strategies.map((s, i) => `${wellness.number}.${i + 1} ${s.text}`),
    ]);
    await user.click(form.strategies()[2] as HTMLElement);
    await user.selectOptions(form.focusArea, 'community-building');
    await fill(user, form.owner, 'Wellness Coordinator');
    await user.selectOptions(form.start, '2026-Q4');
    await user.selectOptions(form.due, '2027-Q2');
    await user.click(form.group('english-learners'));
    await user.click(form.group('foster-youth'));
    const before = mockData().actions.length;
    await user.click(screen.getByRole('button', { name: 'Create the action' }));

    await screen.findByRole('heading', { level: 1, name: 'Peer mentoring for new counselors' });
    const created = mockData().actions.find((r) => r.title === 'Peer mentoring for new counselors');
    expect(mockData().actions).toHaveLength(before + 1);
    expect(currentUrl()).toBe(`/actions/${created?.id ?? 'missing'}`);
    expect(created).toMatchObject({ sample: false, strategyId: wellness.strategies[1]?.id, studentGroups: ['english-learners', 'foster-youth'] });
    expect(screen.getByText('Created the action.')).toBeInTheDocument();
    expect(screen.getByText('Pairs each new counselor with an experienced one for a year.')).toBeInTheDocument();
    expect(screen.queryByText(/This action and its updates are sample data/)).not.toBeInTheDocument();
    expect(detailsField('Owner')).toHaveTextContent('Wellness Coordinator');
    expect(detailsField('Starts')).toHaveTextContent(label('2026-Q4'));
    expect(detailsField('Due')).toHaveTextContent(label('2027-Q2'));
    expect(detailsField('Priority')).toHaveTextContent(`${wellness.number}. `);
    expect(detailsField('Focus area')).toHaveTextContent('Community Building');
    expect(detailsField('Strategy')).toHaveTextContent(wellness.strategies[1]?.text ?? 'missing');
    expect(within(detailsField('Student groups')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      studentGroupLabels['english-learners'],
      studentGroupLabels['foster-youth'],
    ]);
  });

  it('offers no strategy for Respond to change', async () => {
    const { user } = renderApp('/actions/new');
    const form = await findForm();
    await user.selectOptions(form.priority, 'respond-to-change');
    expect(form.strategies()).toHaveLength(1);
    expect(form.strategies()[0]).toBeChecked();
    expect(screen.getByText(/This priority has no strategies in the plan/)).toBeInTheDocument();
  });

  it('checks the fields before sending: each problem next to its field, nothing saved', async () => {
    const { user } = renderApp('/actions/new');
    const form = await findForm();
    await user.selectOptions(form.start, '2027-Q1');
    await user.selectOptions(form.due, '2026-Q3');
    const before = mockData().actions.length;
    await user.click(screen.getByRole('button', { name: 'Create the action' }));

    expect(errorOf(form.title)).toContain('Enter a title.');
    expect(form.title).toHaveFocus();
    expect(errorOf(form.priority)).toContain('Choose a priority.');
    expect(errorOf(form.focusArea)).toContain('Choose a focus area.');
    expect(errorOf(form.owner)).toContain('Enter the owner');
    expect(errorOf(form.due)).toContain('The due quarter can’t be before the start quarter.');
    expect(screen.getByRole('group', { name: /^Student groups/ })).toHaveAccessibleDescription(/Choose at least one student group/);
    expect(mockData().actions).toHaveLength(before);
  });

  it('shows the server’s field errors next to their fields', async () => {
    server.use(http.post('*/api/actions', () => errorResponse('bad_request', 'Invalid request body: owner', { owner: 'must be at most 120 characters' })));
    const { user } = renderApp('/actions/new');
    const form = await findForm();
    await fill(user, form.title, 'A title');
    await user.selectOptions(form.priority, 'technology');
    await user.selectOptions(form.focusArea, 'voice-agency');
    await fill(user, form.owner, 'Someone');
    await user.click(form.group('all-students'));
    await user.click(screen.getByRole('button', { name: 'Create the action' }));
    await waitFor(() => expect(errorOf(form.owner)).toContain('Owner must be at most 120 characters.'));
    expect(form.title).toHaveValue('A title');
  });

  it('edits an action: back on its page with the change shown, and only the changed fields sent', async () => {
    const record = stored(mockData().actions[3]?.id ?? '');
    const { user, currentUrl } = renderApp(`/actions/${record.id}`);
    await user.click(await screen.findByRole('link', { name: 'Edit action' }, { timeout: 5000 }));
    expect(currentUrl()).toBe(`/actions/${record.id}/edit`);
    const form = await findForm();
    expect(form.title).toHaveValue(record.title);
    expect(form.owner).toHaveValue(record.owner);
    expect(form.priority).toHaveValue(record.priorityId);
    for (const group of record.studentGroups) expect(form.group(group)).toBeChecked();

    await user.clear(form.owner);
    await fill(user, form.owner, 'Director of Programs');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await screen.findByText('Saved your changes.');
    expect(currentUrl()).toBe(`/actions/${record.id}`);
    expect(detailsField('Owner')).toHaveTextContent('Director of Programs');
    expect(stored(record.id)).toEqual({ ...record, owner: 'Director of Programs', version: record.version + 1 });
  });

  it('returns without saving on Cancel', async () => {
    const record = stored(mockData().actions[5]?.id ?? '');
    const { user, currentUrl } = renderApp(`/actions/${record.id}/edit`);
    const form = await findForm();
    await fill(user, form.title, ' (draft)');
    await user.click(screen.getByRole('link', { name: 'Cancel' }));
    expect(await screen.findByRole('heading', { level: 1, name: record.title })).toBeInTheDocument();
    expect(currentUrl()).toBe(`/actions/${record.id}`);
    expect(stored(record.id)).toBe(record);
  });

  it('explains a 409, and Reload brings in the colleague’s change while keeping what was typed', async () => {
    const record = stored(mockData().actions[7]?.id ?? '');
    const { user } = renderApp(`/actions/${record.id}/edit`);
    const form = await findForm();
    await user.clear(form.title);
    await fill(user, form.title, 'My new title');
    const data = mockData();
    data.actions[data.actions.indexOf(record)] = { ...record, owner: 'A colleague’s owner', version: record.version + 1 };
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed this action since you opened it. Reload to see their change, then enter yours again.');
    await user.click(within(alert).getByRole('button', { name: 'Reload' }));
    expect(await screen.findByText(/Reloaded\. Someone else changed: Owner\./)).toBeInTheDocument();
    expect(form.owner).toHaveValue('A colleague’s owner');
    expect(form.title).toHaveValue('My new title');

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByRole('heading', { level: 1, name: 'My new title' });
    expect(stored(record.id)).toMatchObject({ title: 'My new title', owner: 'A colleague’s owner', version: record.version + 2 });
  });

  it('explains a 403', async () => {
    const record = stored(mockData().actions[2]?.id ?? '');
    const { user } = renderApp(`/actions/${record.id}/edit`);
    const form = await findForm();
    mockData().user = mockUserOf('board');
    await user.type(form.title, '!');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your role can’t change actions. Ask the executive director for staff access.');
    expect(stored(record.id)).toBe(record);
  });
});
