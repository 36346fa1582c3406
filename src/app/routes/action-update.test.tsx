import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { statusLabels, type StatusId } from '../../contract/ids';
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

// The form starts on the quarter open for reporting: on the mock API's today
// (2026-11-22, Q4 2026 in progress, nothing published) that is 2026-Q3.
const current = '2026-Q3';
const label = (quarter: string) => quarter.replace(/^(\d{4})-Q(\d)$/, 'Q$2 $1');

beforeEach(() => {
  vi.setSystemTime(testToday);
});

afterEach(() => {
  vi.useRealTimers();
});

// An action under way, reported on before, not completed, and owing its 2026-Q3 update.
function actionUnderWay(): ActionRecord {
  const record = mockData().actions.find(
    (r) =>
      r.startQuarter < '2026-Q1' &&
      r.updates.length > 0 &&
      !r.updates.some((u) => u.quarter === '2026-Q3') &&
      r.updates.every((u) => u.status !== 'completed' && u.status !== 'deferred'),
  );
  if (record === undefined) throw new Error('the sample data should have an action under way');
  return record;
}

function stored(id: string): ActionRecord {
  const record = mockData().actions.find((r) => r.id === id);
  if (record === undefined) throw new Error(`no action ${id}`);
  return record;
}

const otherStatus = (status: StatusId): StatusId => (status === 'off-track' ? 'at-risk' : 'off-track');

async function openUpdateForm(record: ActionRecord) {
  const view = renderApp(`/actions/${record.id}`);
  const form = await screen.findByRole('region', { name: 'Record an update' }, { timeout: 5000 });
  return { ...view, form };
}

function fields(form: HTMLElement) {
  return {
    quarter: within(form).getByRole('combobox', { name: 'Quarter' }),
    percent: within(form).getByRole('spinbutton', { name: /^Percent complete/ }),
    note: within(form).getByRole('textbox', { name: /^Note/ }),
    status: (status: StatusId) => within(form).getByRole('radio', { name: statusLabels[status] }),
  };
}

function errorOf(control: HTMLElement): string {
  expect(control).toHaveAttribute('aria-invalid', 'true');
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('the update form on an action’s page', () => {
  it('records this quarter’s update: it shows in the list, the timeline and the status, and the mock API holds it', async () => {
    const record = actionUnderWay();
    const before = stored(record.id).updates.length;
    const status = otherStatus(record.updates.find((u) => u.quarter === '2026-Q3')?.status ?? 'on-track');
    const { user, form } = await openUpdateForm(record);
    const { quarter, percent, note } = fields(form);
    expect(quarter).toHaveValue(current);
    expect(within(form).getByText(`A new update for ${label(current)}.`)).toBeInTheDocument();

    await user.click(fields(form).status(status));
    await user.clear(percent);
    await fill(user, percent, '45');
    await fill(user, note, 'The venue fell through; we are looking for another.');

    // The save is held until the test lets it through, to see its progress.
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(http.post('*/api/actions/:id/updates', async () => void (await held)));
    await user.click(within(form).getByRole('button', { name: 'Save the update' }));
    const saving = await within(form).findByRole('button', { name: 'Saving…' });
    expect(saving).toBeDisabled();
    expect(saving).toHaveAttribute('aria-busy', 'true');
    release();

    expect(await within(form).findByText(`Saved the ${label(current)} update.`)).toHaveAttribute('role', 'status');
    const updates = screen.getByRole('list', { name: 'Quarterly updates' });
    const newest = within(updates).getAllByRole('article')[0] as HTMLElement;
    expect(newest).toHaveAccessibleName(expect.stringContaining(label(current)));
    expect(newest).toHaveTextContent(statusLabels[status]);
    expect(newest).toHaveTextContent('45% complete');
    expect(newest).toHaveTextContent('The venue fell through; we are looking for another.');
    expect(newest).toHaveTextContent(`Reported by ${mockData().user?.name ?? 'missing user'}`);

    const timeline = screen.getByRole('list', { name: 'Status by quarter' });
    const entry = within(timeline).getAllByRole('listitem').find((li) => li.textContent?.startsWith(label(current)));
    expect(entry).toHaveTextContent(`${label(current)}${statusLabels[status]}45% complete`);

    const details = screen.getByRole('region', { name: 'Details' });
    const statusField = within(details).getByText(`Status as of ${label(current)}`).nextElementSibling;
    expect(statusField).toHaveTextContent(statusLabels[status]);

    const saved = stored(record.id);
    expect(saved.updates).toHaveLength(before + 1);
    expect(saved.updates.find((u) => u.quarter === current)).toMatchObject({
      status,
      percentComplete: 45,
      note: 'The venue fell through; we are looking for another.',
    });
    expect(saved.version).toBe(record.version + 1);
    expect(within(form).getByText(`This replaces the ${label(current)} update.`)).toBeInTheDocument();
  });

  it('requires a note for At risk, says so next to the note, and sends nothing', async () => {
    const record = actionUnderWay();
    const { user, form } = await openUpdateForm(record);
    const { note } = fields(form);
    await user.click(fields(form).status('on-track'));
    expect(note).not.toBeRequired();
    await user.click(fields(form).status('at-risk'));
    expect(note).toBeRequired();
    expect(within(form).getByText(/Required when the status is At risk/)).toBeInTheDocument();
    await user.clear(note);
    await user.click(within(form).getByRole('button', { name: 'Save the update' }));

    expect(errorOf(note)).toContain('Note is required when the status is at risk or off track: say what is in the way.');
    expect(note).toHaveFocus();
    expect(stored(record.id)).toBe(record);

    await fill(user, note, 'Waiting on the district.');
    expect(note).toHaveAttribute('aria-invalid', 'false');
  });

  it('sets 100% and locks it when the status is Completed', async () => {
    const record = actionUnderWay();
    const { user, form } = await openUpdateForm(record);
    const { percent } = fields(form);
    const before = (percent as HTMLInputElement).value;
    await user.click(fields(form).status('completed'));
    expect(percent).toHaveValue(100);
    expect(percent).toHaveAttribute('readonly');
    await user.click(fields(form).status('on-track'));
    expect(percent).toHaveValue(Number(before));
    expect(percent).not.toHaveAttribute('readonly');
  });

  it('asks whether an action at 100 % is completed, and marks it so in one step', async () => {
    const record = actionUnderWay();
    const { user, form } = await openUpdateForm(record);
    const { percent } = fields(form);
    await user.click(fields(form).status('on-track'));
    await user.clear(percent);
    await fill(user, percent, '100');
    await user.click(within(form).getByRole('button', { name: 'Save the update' }));

    expect(fields(form).status('on-track')).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByText(/Status must be completed when the work is 100 % done/)).toBeInTheDocument();
    expect(stored(record.id)).toBe(record);
    await user.click(within(form).getByRole('button', { name: 'Yes, mark it completed' }));
    expect(fields(form).status('completed')).toBeChecked();
    expect(within(form).queryByRole('button', { name: 'Yes, mark it completed' })).not.toBeInTheDocument();
  });

  it('shows the server’s field errors next to their fields and keeps what was typed', async () => {
    const record = actionUnderWay();
    server.use(
      http.post('*/api/actions/:id/updates', () =>
        errorResponse('bad_request', 'Invalid request body: quarter', { quarter: 'must not be after the current quarter, 2026-Q3' }),
      ),
    );
    const { user, form } = await openUpdateForm(record);
    const { quarter, note } = fields(form);
    await fill(user, note, 'Kept after the error.');
    await user.click(within(form).getByRole('button', { name: 'Save the update' }));

    await waitFor(() => expect(errorOf(quarter)).toContain('Quarter must not be after the current quarter, 2026-Q3.'));
    expect(within(form).getByRole('alert')).toHaveTextContent('Nothing was saved');
    expect(note).toHaveValue('Kept after the error.');
    expect(stored(record.id)).toBe(record);
  });

  it('explains a 409 and reloads the colleague’s change, keeping the typed note', async () => {
    const record = actionUnderWay();
    const { user, form } = await openUpdateForm(record);
    const { note } = fields(form);
    await fill(user, note, 'My note, typed before the clash.');

    // A colleague renames the action while the form is open.
    const data = mockData();
    const renamed = { ...record, title: 'Renamed by a colleague', version: record.version + 1 };
    data.actions[data.actions.indexOf(record)] = renamed;
    await user.click(within(form).getByRole('button', { name: 'Save the update' }));

    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent(
      'Someone else changed this action since you opened it. Reload to see their change, then enter yours again.',
    );
    expect(stored(record.id)).toBe(renamed);

    await user.click(within(alert).getByRole('button', { name: 'Reload' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Renamed by a colleague' })).toBeInTheDocument();
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
    expect(note).toHaveValue('My note, typed before the clash.');

    await user.click(within(form).getByRole('button', { name: 'Save the update' }));
    expect(await within(form).findByText(`Saved the ${label(current)} update.`)).toBeInTheDocument();
    expect(stored(record.id).updates.find((u) => u.quarter === current)?.note).toBe('My note, typed before the clash.');
  });

  it('explains a 403 in words with what to do', async () => {
    const record = actionUnderWay();
    const { user, form } = await openUpdateForm(record);
    // The role was changed to board member while the page was open.
    mockData().user = mockUserOf('board');
    await fill(user, fields(form).note, 'Will not be saved.');
    await user.click(within(form).getByRole('button', { name: 'Save the update' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Your role can’t change actions. Ask the executive director for staff access.',
    );
    expect(stored(record.id)).toBe(record);
    expect(fields(form).note).toHaveValue('Will not be saved.');
  });

  it('replaces an earlier quarter’s update, offering only quarters from the action’s start to the one in progress', async () => {
    const record = actionUnderWay();
    const { user, form } = await openUpdateForm(record);
    const { quarter, note } = fields(form);
    const offered = within(quarter).getAllByRole('option').map((option) => (option as HTMLOptionElement).value);
    const plan = mockData().plan.quarters;
    const first = record.startQuarter > plan[0]! ? record.startQuarter : plan[0]!;
    expect(offered).toEqual(plan.filter((q) => q >= first && q <= '2026-Q4').reverse());

    const old = [...record.updates].sort((a, b) => a.quarter.localeCompare(b.quarter)).at(-1);
    if (old === undefined) throw new Error('the action should have an earlier update');
    await user.selectOptions(quarter, old.quarter);
    expect(within(form).getByText(`This replaces the ${label(old.quarter)} update.`)).toBeInTheDocument();
    expect(note).toHaveValue(old.note);
    expect(fields(form).status(old.status)).toBeChecked();
    await user.clear(note);
    await fill(user, note, 'Corrected.');
    await user.click(within(form).getByRole('button', { name: 'Replace the update' }));
    expect(await within(form).findByText(`Saved the ${label(old.quarter)} update.`)).toBeInTheDocument();

    const items = within(screen.getByRole('list', { name: 'Quarterly updates' })).getAllByRole('article');
    const replaced = items.filter((item) => item.textContent?.startsWith(label(old.quarter)));
    expect(replaced).toHaveLength(1);
    expect(replaced[0]).toHaveTextContent('Corrected.');
    expect(stored(record.id).updates.filter((u) => u.quarter === old.quarter)).toHaveLength(1);
  });
});
