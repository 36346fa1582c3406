import type { ActionExportQuery, ActionSortKey } from '../../../contract/actions';
import { statusLabels, studentGroupLabels } from '../../../contract/ids';
import type { FocusArea, Priority } from '../../../contract/plan';
import { quarterLabel } from '../../../domain/quarters';
import { parseActionSort } from '../../../domain/sort-actions';
import { formatCount } from '../../../domain/format-count';

// The plan prints priority titles in capitals; a sentence reads better.
export function sentenceCase(title: string): string {
  const lower = title.toLocaleLowerCase('en-US');
  return lower.charAt(0).toLocaleUpperCase('en-US') + lower.slice(1);
}

// "12 of 101 actions": how many match, of all the plan's actions.
export function countOfActions(matching: number, all: number): string {
  return `${formatCount(matching)} of ${formatCount(all)} ${all === 1 ? 'action' : 'actions'}`;
}

interface PlanNames {
  readonly priorities: readonly Priority[];
  readonly focusAreas: readonly FocusArea[];
}

// The active filters in words: "in Promote social and emotional wellness ×
// Voice & Agency, with status On track, serving English learners, due by Q4
// 2025, matching “tutor”, as of Q3 2026".
export function describeActionFilters(filters: ActionExportQuery, plan: PlanNames, asOf: string): string {
  const priority = plan.priorities.find((p) => p.id === filters.priority);
  const focusArea = plan.focusAreas.find((f) => f.id === filters.focusArea);
  const scope = [priority && sentenceCase(priority.title), focusArea?.name].filter(Boolean).join(' × ');
  const parts = [scope === '' ? 'in the whole plan' : `in ${scope}`];
  if (filters.status !== undefined) parts.push(`with status ${statusLabels[filters.status]}`);
  if (filters.studentGroup !== undefined) parts.push(`serving ${studentGroupLabels[filters.studentGroup]}`);
  if (filters.due !== undefined) parts.push(`due by ${quarterLabel(filters.due)}`);
  if (filters.owner) parts.push(`owned by “${filters.owner}”`);
  if (filters.q) parts.push(`matching “${filters.q}”`);
  parts.push(`as of ${quarterLabel(asOf)}`);
  return parts.join(', ');
}

const sortWords: Record<ActionSortKey, readonly [string, string, string]> = {
  title: ['title', 'A to Z', 'Z to A'],
  priority: ['priority', 'in the plan’s order', 'in reverse order'],
  focusArea: ['focus area', 'in the plan’s order', 'in reverse order'],
  strategy: ['strategy', 'in the plan’s order', 'in reverse order'],
  owner: ['owner', 'A to Z', 'Z to A'],
  status: ['status', 'in the legend’s order', 'in reverse order'],
  dueQuarter: ['due quarter', 'earliest first', 'latest first'],
  percentComplete: ['percent complete', 'lowest first', 'highest first'],
};

// "sorted by due quarter, latest first", or the plan's order when unsorted.
export function describeSort(sort: ActionExportQuery['sort']): string {
  if (sort === undefined) return 'in the plan’s order';
  const { key, descending } = parseActionSort(sort);
  const [name, up, down] = sortWords[key];
  return `sorted by ${name}, ${descending ? down : up}`;
}
