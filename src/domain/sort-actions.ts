import type { Action, ActionSort, ActionSortKey } from '../contract/actions';
import { focusAreaIds, priorityIds, statusIds } from '../contract/ids';
import { compareQuarters } from './quarters';

// One collator, made once: localeCompare with a locale builds a new one per
// call. `numeric` puts "Grade 9" before "Grade 10".
const collator = new Intl.Collator('en-US', { numeric: true });
export const compareText = (a: string, b: string): number => collator.compare(a, b);

const indexIn = <T>(list: readonly T[]) => {
  const index = new Map(list.map((item, i) => [item, i]));
  return (item: T) => index.get(item) ?? list.length;
};
const priorityOrder = indexIn(priorityIds);
const focusAreaOrder = indexIn(focusAreaIds);
const statusOrder = indexIn(statusIds);

// The plan's order: priority, then focus area, then title; the id settles the rest.
export function compareInPlanOrder(a: Action, b: Action): number {
  return (
    priorityOrder(a.priorityId) - priorityOrder(b.priorityId) ||
    focusAreaOrder(a.focusAreaId) - focusAreaOrder(b.focusAreaId) ||
    compareText(a.title, b.title) ||
    compareText(a.id, b.id)
  );
}

export interface ParsedSort {
  readonly key: ActionSortKey;
  readonly descending: boolean;
}

export function parseActionSort(sort: ActionSort): ParsedSort {
  return sort.startsWith('-') ? { key: sort.slice(1) as ActionSortKey, descending: true } : { key: sort as ActionSortKey, descending: false };
}

export function formatActionSort({ key, descending }: ParsedSort): ActionSort {
  return descending ? `-${key}` : key;
}

// Each distinct value's place in order, found with one sort of the distinct
// values; sorting thousands of actions then compares numbers, not strings.
function ranks(values: Iterable<string>, compare: (a: string, b: string) => number = compareText): Map<string, number> {
  return new Map([...new Set(values)].sort(compare).map((value, i) => [value, i]));
}

// What an action is sorted on, as numbers; `last` puts it after the rest both ways.
function columnValue(key: ActionSortKey, actions: readonly Action[]): (action: Action) => { value: number; last: boolean } {
  const rankOf = (values: Map<string, number>, of: string) => ({ value: values.get(of) ?? 0, last: false });
  switch (key) {
    case 'title':
      return () => ({ value: 0, last: false });
    case 'priority':
      return (a) => ({ value: priorityOrder(a.priorityId), last: false });
    case 'focusArea':
      return (a) => ({ value: focusAreaOrder(a.focusAreaId), last: false });
    case 'status':
      return (a) => ({ value: statusOrder(a.status), last: false });
    case 'percentComplete':
      return (a) => ({ value: a.percentComplete, last: false });
    case 'owner': {
      const owners = ranks(actions.map((a) => a.owner));
      return (a) => rankOf(owners, a.owner);
    }
    case 'dueQuarter': {
      const quarters = ranks(
        actions.map((a) => a.dueQuarter),
        compareQuarters,
      );
      return (a) => rankOf(quarters, a.dueQuarter);
    }
    case 'strategy': {
      // Strategy ids are `<priority>-<n>`: by priority, then by number.
      const strategies = ranks(actions.flatMap((a) => (a.strategyId === null ? [] : [a.strategyId])));
      return (a) =>
        a.strategyId === null
          ? { value: 0, last: true }
          : { value: priorityOrder(a.priorityId) * strategies.size + (strategies.get(a.strategyId) ?? 0), last: false };
    }
  }
}

// Sorted by one column (the plan's order without one); rows that tie on it
// keep the plan's order whichever way the column runs, and actions without a
// strategy come last both ways. Returns a new array.
export function sortActions(actions: readonly Action[], sort: ActionSort | undefined): Action[] {
  const { key, descending } = sort === undefined ? { key: 'title' as const, descending: false } : parseActionSort(sort);
  const titles = ranks(actions.map((a) => a.title));
  const valueOf = columnValue(key, actions);
  const sign = descending ? -1 : 1;
  const keyed = actions.map((action) => {
    const { value, last } = valueOf(action);
    const plan = [priorityOrder(action.priorityId), focusAreaOrder(action.focusAreaId), titles.get(action.title) ?? 0] as const;
    // Titles sort by themselves when the column is the title; otherwise they only break ties.
    return { action, value: key === 'title' ? plan[2] : value, last, plan };
  });
  const byColumn = sort !== undefined;
  keyed.sort(
    (a, b) =>
      Number(a.last) - Number(b.last) ||
      (byColumn && !a.last ? sign * (a.value - b.value) : 0) ||
      a.plan[0] - b.plan[0] ||
      a.plan[1] - b.plan[1] ||
      a.plan[2] - b.plan[2] ||
      compareText(a.action.id, b.action.id),
  );
  return keyed.map((entry) => entry.action);
}
