import { screen, within } from '@testing-library/react';
import type { Action } from '../src/contract/actions';
import { focusAreaIds, priorityIds } from '../src/contract/ids';
import { actionAsOf } from '../src/domain/action-record';
import { mockData } from '../mocks/data';

// Helpers for the action explorer's route tests. Expected rows are worked out
// here from the mock data, apart from the rules the API uses.

// The latest quarter the sample data reports in on the pinned test date.
export const latest = '2026-Q3';

export function expectedActions(quarter: string, keep: (action: Action) => boolean = () => true): Action[] {
  return mockData()
    .actions.map((record) => actionAsOf(record, quarter))
    .filter(keep);
}

const collator = new Intl.Collator('en-US', { numeric: true });
export const compareTitles = (a: string, b: string) => collator.compare(a, b);

// The plan's order: priority, focus area, title, id.
export function planOrder(a: Action, b: Action): number {
  return (
    priorityIds.indexOf(a.priorityId) - priorityIds.indexOf(b.priorityId) ||
    focusAreaIds.indexOf(a.focusAreaId) - focusAreaIds.indexOf(b.focusAreaId) ||
    collator.compare(a.title, b.title) ||
    collator.compare(a.id, b.id)
  );
}

export const countText = (n: number, of: number = mockData().actions.length) => `${n} of ${of} ${of === 1 ? 'action' : 'actions'}`;

export async function findActionTable(quarterLabel = 'Q3 2026') {
  return screen.findByRole('table', { name: new RegExp(`^Actions as of ${quarterLabel}`) }, { timeout: 5000 });
}

// The titles in the order shown. `hidden: true` skips the per-element
// visibility check, which is slow on a long table.
export function shownTitles(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('rowheader', { hidden: true })
    .map((th) => th.textContent ?? '');
}

export function contains(text: string, part: string): boolean {
  return text.toLowerCase().includes(part.toLowerCase());
}
