import type { Action, ActionSort, ActionSortKey } from '../contract/actions';
import { focusAreaIds, priorityIds, statusIds, type FocusAreaId, type PriorityId, type StatusId } from '../contract/ids';
import { compareCodePoints, textSortKey } from './text-keys';

const indexIn = <T>(list: readonly T[]) => {
  const index = new Map(list.map((item, i) => [item, i]));
  return (item: T) => index.get(item) ?? list.length;
};
export const priorityOrder: (id: PriorityId) => number = indexIn(priorityIds);
export const focusAreaOrder: (id: FocusAreaId) => number = indexIn(focusAreaIds);
export const statusOrder: (id: StatusId) => number = indexIn(statusIds);

interface Placed {
  readonly priorityId: PriorityId;
  readonly focusAreaId: FocusAreaId;
  readonly title: string;
  readonly id: string;
}

// The plan's order as values compared one after the other: priority, focus
// area, title (its sort key), then the id's sort key and the id itself, so
// no two actions tie. The database stores the same values.
export interface PlanOrderKey {
  readonly priority: number;
  readonly focusArea: number;
  readonly title: string;
  readonly idKey: string;
  readonly id: string;
}

export function planOrderKey(item: Placed, keyOf: (text: string) => string = textSortKey): PlanOrderKey {
  return {
    priority: priorityOrder(item.priorityId),
    focusArea: focusAreaOrder(item.focusAreaId),
    title: keyOf(item.title),
    idKey: keyOf(item.id),
    id: item.id,
  };
}

export function comparePlanOrder(a: PlanOrderKey, b: PlanOrderKey): number {
  return (
    a.priority - b.priority ||
    a.focusArea - b.focusArea ||
    compareCodePoints(a.title, b.title) ||
    compareCodePoints(a.idKey, b.idKey) ||
    compareCodePoints(a.id, b.id)
  );
}

export function compareInPlanOrder(a: Placed, b: Placed): number {
  return comparePlanOrder(planOrderKey(a), planOrderKey(b));
}

// Strategy ids are `<priority>-<n>`: by the priority's place in the plan,
// then by number. Null without a strategy (those sort last both ways).
export function strategySortKey(action: Pick<Action, 'priorityId' | 'strategyId'>, keyOf: (text: string) => string = textSortKey): string | null {
  if (action.strategyId === null) return null;
  return `${String(priorityOrder(action.priorityId)).padStart(2, '0')} ${keyOf(action.strategyId)}`;
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

type ColumnValue = number | string | null;

// What an action is sorted on; null puts it after the rest both ways.
function columnValue(key: ActionSortKey, action: Action, plan: PlanOrderKey, keyOf: (text: string) => string): ColumnValue {
  switch (key) {
    case 'title':
      return plan.title;
    case 'priority':
      return plan.priority;
    case 'focusArea':
      return plan.focusArea;
    case 'status':
      return statusOrder(action.status);
    case 'percentComplete':
      return action.percentComplete;
    case 'owner':
      return keyOf(action.owner);
    case 'dueQuarter':
      // Quarter keys are `YYYY-Qn`: as text they are in time order.
      return action.dueQuarter;
    case 'strategy':
      return strategySortKey(action, keyOf);
  }
}

function compareValues(a: ColumnValue, b: ColumnValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return compareCodePoints(String(a), String(b));
}

// Lists compute the same few texts' keys again and again.
function memoized(compute: (text: string) => string): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    let key = known.get(text);
    if (key === undefined) {
      key = compute(text);
      known.set(text, key);
    }
    return key;
  };
}

// Sorted by one column (the plan's order without one); rows that tie on it
// keep the plan's order whichever way the column runs, and actions without a
// strategy come last both ways. Returns a new array.
export function sortActions(actions: readonly Action[], sort: ActionSort | undefined): Action[] {
  const keyOf = memoized(textSortKey);
  const parsed = sort === undefined ? null : parseActionSort(sort);
  const sign = parsed?.descending ? -1 : 1;
  const keyed = actions.map((action) => {
    const plan = planOrderKey(action, keyOf);
    return { action, plan, value: parsed === null ? 0 : columnValue(parsed.key, action, plan, keyOf) };
  });
  keyed.sort(
    (a, b) =>
      Number(a.value === null) - Number(b.value === null) ||
      (a.value !== null && b.value !== null ? sign * compareValues(a.value, b.value) : 0) ||
      comparePlanOrder(a.plan, b.plan),
  );
  return keyed.map((entry) => entry.action);
}
