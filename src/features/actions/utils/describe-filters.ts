import type { ActionFilters } from '../../../contract/actions';
import { statusLabels } from '../../../contract/ids';
import type { FocusArea, Priority } from '../../../contract/plan';
import { quarterLabel } from '../../../domain/quarters';

// The plan prints priority titles in capitals; a sentence reads better.
export function sentenceCase(title: string): string {
  const lower = title.toLocaleLowerCase('en-US');
  return lower.charAt(0).toLocaleUpperCase('en-US') + lower.slice(1);
}

export function countActions(count: number): string {
  return `${count} ${count === 1 ? 'action' : 'actions'}`;
}

interface PlanNames {
  readonly priorities: readonly Priority[];
  readonly focusAreas: readonly FocusArea[];
}

// The active filters in words: "in Promote social and emotional wellness ×
// Voice & Agency, with status On track, matching “tutor”, as of Q3 2026".
export function describeActionFilters(filters: ActionFilters, plan: PlanNames, asOf: string): string {
  const priority = plan.priorities.find((p) => p.id === filters.priority);
  const focusArea = plan.focusAreas.find((f) => f.id === filters.focusArea);
  const scope = [priority && sentenceCase(priority.title), focusArea?.name].filter(Boolean).join(' × ');
  const parts = [scope === '' ? 'in the whole plan' : `in ${scope}`];
  if (filters.status !== undefined) parts.push(`with status ${statusLabels[filters.status]}`);
  if (filters.owner) parts.push(`owned by “${filters.owner}”`);
  if (filters.q) parts.push(`matching “${filters.q}”`);
  parts.push(`as of ${quarterLabel(asOf)}`);
  return parts.join(', ');
}
