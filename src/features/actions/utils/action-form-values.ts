import { actionFieldLabels, actionTextLimits, type ActionFieldName, type ActionPatch, type NewAction } from '../../../contract/action-writes';
import type { ActionDetail, Update } from '../../../contract/actions';
import type { FocusAreaId, PriorityId, StudentGroupId } from '../../../contract/ids';
import type { Plan } from '../../../contract/plan';
import { clampQuarter, compareQuarters, quarterLabel, schoolYearOfQuarter, schoolYearStart } from '../../../domain/quarters';

// The form's values: a priority and focus area may still be unchosen ('').
export interface ActionFormValues {
  title: string;
  description: string;
  priorityId: PriorityId | '';
  focusAreaId: FocusAreaId | '';
  strategyId: string | null;
  owner: string;
  startQuarter: string;
  dueQuarter: string;
  studentGroups: StudentGroupId[];
}

export function actionFormValuesOf(action: ActionDetail): ActionFormValues {
  const { title, description, priorityId, focusAreaId, strategyId, owner, startQuarter, dueQuarter, studentGroups } = action;
  return { title, description, priorityId, focusAreaId, strategyId, owner, startQuarter, dueQuarter, studentGroups: [...studentGroups] };
}

// A new action starts this quarter and is due at the end of this school year.
export function blankActionFormValues(plan: Plan, currentQuarter: string): ActionFormValues {
  const start = clampQuarter(currentQuarter, plan.period);
  const due = clampQuarter(`${schoolYearStart(schoolYearOfQuarter(start)) + 1}-Q2`, plan.period);
  return { title: '', description: '', priorityId: '', focusAreaId: '', strategyId: null, owner: '', startQuarter: start, dueQuarter: due, studentGroups: [] };
}

function textProblem(value: string, max: number, missing: string | null, what: string): string | undefined {
  const text = value.trim();
  if (missing !== null && text === '') return missing;
  if (text.length > max) return `Shorten the ${what} to ${max} characters or fewer (it has ${text.length}).`;
  return undefined;
}

// The contract's and the domain's rules, checked before sending.
export function checkAction(values: ActionFormValues, updates: readonly Update[] = []): Partial<Record<ActionFieldName, string>> {
  const problems: Partial<Record<ActionFieldName, string>> = {
    title: textProblem(values.title, actionTextLimits.title, 'Enter a title.', 'title'),
    description: textProblem(values.description, actionTextLimits.description, null, 'description'),
    owner: textProblem(values.owner, actionTextLimits.owner, 'Enter the owner: a person or a role.', 'owner'),
    priorityId: values.priorityId === '' ? 'Choose a priority.' : undefined,
    focusAreaId: values.focusAreaId === '' ? 'Choose a focus area.' : undefined,
    studentGroups: values.studentGroups.length === 0 ? 'Choose at least one student group (All students when it serves everyone).' : undefined,
  };
  if (compareQuarters(values.dueQuarter, values.startQuarter) < 0) problems.dueQuarter = 'The due quarter can’t be before the start quarter.';
  const first = updates.map((u) => u.quarter).sort(compareQuarters)[0];
  if (first !== undefined && compareQuarters(values.startQuarter, first) > 0) {
    problems.startQuarter = `The start can’t be after ${quarterLabel(first)}, the first quarter with an update.`;
  }
  return Object.fromEntries(Object.entries(problems).filter(([, problem]) => problem !== undefined));
}

// Only call once checkAction found nothing: the priority and focus area are chosen.
export function toNewAction(values: ActionFormValues): NewAction {
  return {
    ...values,
    title: values.title.trim(),
    description: values.description.trim(),
    owner: values.owner.trim(),
    priorityId: values.priorityId as PriorityId,
    focusAreaId: values.focusAreaId as FocusAreaId,
  };
}

// The fields that differ from the action as stored, or null when none does.
export function toActionPatch(values: ActionFormValues, action: ActionDetail): ActionPatch | null {
  const next = toNewAction(values);
  const stored = actionFormValuesOf(action);
  const changed = (Object.keys(actionFieldLabels) as ActionFieldName[]).filter(
    (name) => JSON.stringify(next[name]) !== JSON.stringify(stored[name]),
  );
  if (changed.length === 0) return null;
  return { ...Object.fromEntries(changed.map((name) => [name, next[name]])), version: action.version };
}

// The fields someone else changed between two versions of the action.
export function changedFields(before: ActionDetail, after: ActionDetail): ActionFieldName[] {
  const a = actionFormValuesOf(before);
  const b = actionFormValuesOf(after);
  return (Object.keys(actionFieldLabels) as ActionFieldName[]).filter((name) => JSON.stringify(a[name]) !== JSON.stringify(b[name]));
}
