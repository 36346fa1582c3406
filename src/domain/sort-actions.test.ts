import { describe, expect, it } from 'vitest';
import { ActionSort, type Action, type ActionSortKey } from '../contract/actions';
import { anAction } from '../../tests/action-fixtures';
import { compareInPlanOrder, formatActionSort, parseActionSort, sortActions } from './sort-actions';

// Deliberately out of every order, with ties on each column.
const actions: Action[] = [
  anAction({ id: 'a-5', title: 'Grade 10 tutoring', priorityId: 'technology', focusAreaId: 'voice-agency', strategyId: 'technology-2', owner: 'Kenji Nakamura', status: 'at-risk', dueQuarter: '2026-Q2', percentComplete: 40 }),
  anAction({ id: 'a-2', title: 'grade 9 tutoring', priorityId: 'wellness', focusAreaId: 'community-building', strategyId: null, owner: 'Ani Petrosyan', status: 'on-track', dueQuarter: '2025-Q4', percentComplete: 40 }),
  anAction({ id: 'a-9', title: 'Ánimo clubs', priorityId: 'teachers-leaders', focusAreaId: 'voice-agency', strategyId: 'teachers-leaders-10', owner: 'Ani Petrosyan', status: 'completed', dueQuarter: '2026-Q2', percentComplete: 100 }),
  anAction({ id: 'a-1', title: 'Coaching', priorityId: 'teachers-leaders', focusAreaId: 'strategic-alignment', strategyId: 'teachers-leaders-2', owner: 'Zoe Adams', status: 'at-risk', dueQuarter: '2025-Q4', percentComplete: 15 }),
  anAction({ id: 'a-3', title: 'Coaching', priorityId: 'teachers-leaders', focusAreaId: 'strategic-alignment', strategyId: 'teachers-leaders-2', owner: 'Zoe Adams', status: 'at-risk', dueQuarter: '2025-Q4', percentComplete: 15 }),
  anAction({ id: 'a-4', title: 'Device loans', priorityId: 'respond-to-change', focusAreaId: 'programs-projects', strategyId: null, owner: 'Luis Carrillo', status: 'not-started', dueQuarter: '2027-Q2', percentComplete: 0 }),
];
const ids = (list: readonly Action[]) => list.map((a) => a.id);
const planOrder = ['a-1', 'a-3', 'a-9', 'a-2', 'a-5', 'a-4'];

describe('sortActions', () => {
  it('keeps the plan’s order without a sort: priority, focus area, title, then id', () => {
    expect(ids(sortActions(actions, undefined))).toEqual(planOrder);
    expect(ids([...actions].sort(compareInPlanOrder))).toEqual(planOrder);
  });

  it('sorts titles as people read them: case and accents aside, numbers by value', () => {
    expect(ids(sortActions(actions, 'title'))).toEqual(['a-9', 'a-1', 'a-3', 'a-4', 'a-2', 'a-5']);
    expect(ids(sortActions(actions, '-title'))).toEqual(['a-5', 'a-2', 'a-4', 'a-1', 'a-3', 'a-9']);
  });

  it('sorts priorities and focus areas in the plan’s order, not alphabetically', () => {
    expect(ids(sortActions(actions, 'priority'))).toEqual(['a-1', 'a-3', 'a-9', 'a-2', 'a-5', 'a-4']);
    expect(ids(sortActions(actions, '-priority'))).toEqual(['a-4', 'a-5', 'a-2', 'a-1', 'a-3', 'a-9']);
    expect(ids(sortActions(actions, 'focusArea'))).toEqual(['a-1', 'a-3', 'a-2', 'a-4', 'a-9', 'a-5']);
    expect(ids(sortActions(actions, '-focusArea'))).toEqual(['a-9', 'a-5', 'a-4', 'a-2', 'a-1', 'a-3']);
  });

  it('sorts strategies by priority then number, with no strategy last either way', () => {
    expect(ids(sortActions(actions, 'strategy'))).toEqual(['a-1', 'a-3', 'a-9', 'a-5', 'a-2', 'a-4']);
    expect(ids(sortActions(actions, '-strategy'))).toEqual(['a-5', 'a-9', 'a-1', 'a-3', 'a-2', 'a-4']);
  });

  it('sorts owners by name, statuses in the legend’s order', () => {
    expect(ids(sortActions(actions, 'owner'))).toEqual(['a-9', 'a-2', 'a-5', 'a-4', 'a-1', 'a-3']);
    expect(ids(sortActions(actions, 'status'))).toEqual(['a-4', 'a-2', 'a-1', 'a-3', 'a-5', 'a-9']);
    expect(ids(sortActions(actions, '-status'))).toEqual(['a-9', 'a-1', 'a-3', 'a-5', 'a-2', 'a-4']);
  });

  it('sorts due quarters by time and percent complete by number', () => {
    expect(ids(sortActions(actions, 'dueQuarter'))).toEqual(['a-1', 'a-3', 'a-2', 'a-9', 'a-5', 'a-4']);
    expect(ids(sortActions(actions, '-dueQuarter'))).toEqual(['a-4', 'a-9', 'a-5', 'a-1', 'a-3', 'a-2']);
    expect(ids(sortActions(actions, 'percentComplete'))).toEqual(['a-4', 'a-1', 'a-3', 'a-2', 'a-5', 'a-9']);
    expect(ids(sortActions(actions, '-percentComplete'))).toEqual(['a-9', 'a-2', 'a-5', 'a-1', 'a-3', 'a-4']);
  });

  it('keeps ties in the plan’s order in both directions, so descending is not just the reverse', () => {
    const valueOf: Record<ActionSortKey, (a: Action) => unknown> = {
      title: (a) => a.title,
      priority: (a) => a.priorityId,
      focusArea: (a) => a.focusAreaId,
      strategy: (a) => a.strategyId,
      owner: (a) => a.owner,
      status: (a) => a.status,
      dueQuarter: (a) => a.dueQuarter,
      percentComplete: (a) => a.percentComplete,
    };
    for (const sort of ActionSort.options) {
      const { key } = parseActionSort(sort);
      const sorted = sortActions(actions, sort);
      sorted.slice(1).forEach((b, i) => {
        const a = sorted[i] as Action;
        if (valueOf[key](a) === valueOf[key](b)) expect(compareInPlanOrder(a, b), `${sort}: ${a.id} then ${b.id}`).toBeLessThan(0);
      });
    }
    // a-1 and a-3 tie on every column: a-1 comes first whichever way.
    for (const sort of ActionSort.options) {
      const order = ids(sortActions(actions, sort));
      expect(order.indexOf('a-1'), sort).toBe(order.indexOf('a-3') - 1);
    }
  });

  it('gives the same order whatever order the actions came in', () => {
    const reversed = [...actions].reverse();
    for (const sort of [undefined, ...ActionSort.options]) {
      expect(ids(sortActions(reversed, sort)), String(sort)).toEqual(ids(sortActions(actions, sort)));
    }
  });

  it('returns a new array and leaves the one it was given as it was', () => {
    const before = ids(actions);
    const sorted = sortActions(actions, '-title');
    expect(sorted).not.toBe(actions);
    expect(ids(actions)).toEqual(before);
  });
});

describe('parseActionSort and formatActionSort', () => {
  it('read a leading minus as descending and write it back', () => {
    expect(parseActionSort('dueQuarter')).toEqual({ key: 'dueQuarter', descending: false });
    expect(parseActionSort('-dueQuarter')).toEqual({ key: 'dueQuarter', descending: true });
    for (const sort of ActionSort.options) expect(formatActionSort(parseActionSort(sort))).toBe(sort);
  });
});
