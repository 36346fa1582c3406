import type { ActionFieldName, ActionPatch, NewAction } from '../contract/action-writes';
import { actionFieldNames } from '../contract/action-writes';
import type { Update } from '../contract/actions';
import type { Plan } from '../contract/plan';
import type { ActionRecord } from './action-record';
import { compareQuarters, isInPeriod } from './quarters';
import { accepted, invalidFields, refused, staleVersion, type WriteResult } from './write-result';

export type ActionFields = Pick<ActionRecord, ActionFieldName>;

export function actionFieldsOf(record: ActionRecord): ActionFields {
  return Object.fromEntries(actionFieldNames.map((name) => [name, record[name]])) as ActionFields;
}

function periodProblem(quarter: string, plan: Plan): string | null {
  const { startQuarter, endQuarter } = plan.period;
  return isInPeriod(quarter, plan.period) ? null : `must be within the plan period, ${startQuarter} to ${endQuarter}`;
}

function strategyProblem(fields: ActionFields, plan: Plan): string | null {
  const priority = plan.priorities.find((p) => p.id === fields.priorityId);
  if (fields.strategyId === null || priority === undefined) return null;
  if (priority.strategies.some((s) => s.id === fields.strategyId)) return null;
  if (priority.strategies.length === 0) return `must be null: the priority ${priority.id} has no strategies`;
  return `must be a strategy of the priority ${priority.id} (${priority.strategies.map((s) => s.id).join(', ')}) or null`;
}

// What is wrong with an action's fields as a whole, against the plan and the
// updates it already has; empty when nothing is.
export function actionFieldProblems(plan: Plan, fields: ActionFields, updates: readonly Update[] = []): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!plan.priorities.some((p) => p.id === fields.priorityId)) problems.priorityId = 'is not a priority of the plan';
  if (!plan.focusAreas.some((f) => f.id === fields.focusAreaId)) problems.focusAreaId = 'is not a focus area of the plan';
  const strategy = strategyProblem(fields, plan);
  if (strategy !== null) problems.strategyId = strategy;
  const start = periodProblem(fields.startQuarter, plan);
  const due = periodProblem(fields.dueQuarter, plan);
  if (start !== null) problems.startQuarter = start;
  if (due !== null) problems.dueQuarter = due;
  if (due === null && compareQuarters(fields.dueQuarter, fields.startQuarter) < 0) problems.dueQuarter = 'must not be before the start quarter';
  const first = [...updates].sort((a, b) => compareQuarters(a.quarter, b.quarter))[0];
  if (start === null && first !== undefined && compareQuarters(fields.startQuarter, first.quarter) > 0) {
    problems.startQuarter = `must be no later than ${first.quarter}, the first quarter with an update`;
  }
  return problems;
}

// Ids are `a-` and a number, one more than the highest in use: short, stable
// and safe in a URL.
export function nextActionId(ids: Iterable<string>): string {
  let highest = 0;
  for (const id of ids) {
    const match = /^a-(\d+)$/.exec(id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `a-${String(highest + 1).padStart(3, '0')}`;
}

export function createActionRecord(plan: Plan, input: NewAction, id: string): WriteResult<ActionRecord> {
  const problems = actionFieldProblems(plan, input);
  if (Object.keys(problems).length > 0) return refused(invalidFields(problems));
  return accepted({ id, ...input, version: 1, sample: false, updates: [] });
}

export interface ActionEdit {
  readonly record: ActionRecord;
  // The fields whose value the patch changed; none leaves the record (and its version) as it was.
  readonly changed: readonly ActionFieldName[];
}

export function editActionRecord(plan: Plan, record: ActionRecord, patch: ActionPatch): WriteResult<ActionEdit> {
  const stale = staleVersion('action', record.version, patch.version);
  if (stale !== null) return refused(stale);
  const current = actionFieldsOf(record);
  const next: ActionFields = { ...current };
  for (const name of actionFieldNames) {
    if (patch[name] !== undefined) Object.assign(next, { [name]: patch[name] });
  }
  const problems = actionFieldProblems(plan, next, record.updates);
  if (Object.keys(problems).length > 0) return refused(invalidFields(problems));
  const changed = actionFieldNames.filter((name) => JSON.stringify(next[name]) !== JSON.stringify(current[name]));
  if (changed.length === 0) return accepted({ record, changed });
  return accepted({ record: { ...record, ...next, version: record.version + 1 }, changed });
}

// The fields named, with the version, as the audit log keeps them.
export function actionSnapshot(record: ActionRecord, names: readonly ActionFieldName[] = actionFieldNames): Record<string, unknown> {
  return { ...Object.fromEntries(names.map((name) => [name, record[name]])), version: record.version };
}
