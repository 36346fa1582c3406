import { actionTextLimits, type UpdateInput } from '../../../contract/action-writes';
import { noteRequiredFor, progressDropProblem, reportBefore, updateContradictions } from '../../../contract/update-rules';
import type { ActionDetail, Update } from '../../../contract/actions';
import { type StatusId } from '../../../contract/ids';
import type { PlanPeriod } from '../../../contract/plan';
import { compareQuarters, quarterLabel, quarterRange } from '../../../domain/quarters';

export interface UpdateFormValues {
  quarter: string;
  status: StatusId;
  // As typed: the input may hold anything until it is checked.
  percentComplete: string;
  note: string;
}

export type UpdateField = keyof UpdateFormValues;
export const updateFieldLabels: Record<UpdateField, string> = {
  quarter: 'Quarter',
  status: 'Status',
  percentComplete: 'Percent complete',
  note: 'Note',
};

type UpdateSource = Pick<ActionDetail, 'startQuarter' | 'updates' | 'status' | 'percentComplete'>;

// The quarters an update may be recorded for, as the API's rules allow: within
// the plan, from the action's start to the current quarter, and none after
// the quarter it was reported completed (completion is final).
export function updateQuarterChoices(action: UpdateSource, period: PlanPeriod, currentQuarter: string): string[] {
  const first = compareQuarters(action.startQuarter, period.startQuarter) > 0 ? action.startQuarter : period.startQuarter;
  let last = compareQuarters(currentQuarter, period.endQuarter) < 0 ? currentQuarter : period.endQuarter;
  const completed = action.updates.filter((u) => u.status === 'completed').map((u) => u.quarter);
  for (const quarter of completed) if (compareQuarters(quarter, last) < 0) last = quarter;
  return quarterRange(first, last);
}

// The quarter open for reporting (else the one in progress) when the action takes updates for it.
export function defaultUpdateQuarter(choices: readonly string[], preferred: string): string | undefined {
  return choices.includes(preferred) ? preferred : choices.at(-1);
}

export function updateOf(action: Pick<ActionDetail, 'updates'>, quarter: string): Update | undefined {
  return action.updates.find((u) => u.quarter === quarter);
}

// The quarter's own update when it has one; otherwise the action as it stands, with a fresh note.
export function initialUpdateValues(action: UpdateSource, quarter: string): UpdateFormValues {
  const existing = updateOf(action, quarter);
  if (existing !== undefined) {
    return { quarter, status: existing.status, percentComplete: String(existing.percentComplete), note: existing.note };
  }
  return { quarter, status: action.status, percentComplete: String(action.percentComplete), note: '' };
}

export function noteIsRequired(status: StatusId): boolean {
  return noteRequiredFor.includes(status);
}

// The contract's and the domain's rules, checked before sending, in the words shown next to each field.
export function checkUpdate(values: UpdateFormValues, action: UpdateSource): Partial<Record<UpdateField, string>> {
  const problems: Partial<Record<UpdateField, string>> = {};
  const percent = values.percentComplete.trim();
  const note = values.note.trim();
  if (!/^\d{1,3}$/.test(percent) || Number(percent) > 100) {
    problems.percentComplete = 'Enter a whole number from 0 to 100.';
  } else {
    const draft = { quarter: values.quarter, status: values.status, percentComplete: Number(percent), note };
    for (const [field, message] of Object.entries(updateContradictions(draft))) problems[field as UpdateField] = `${updateFieldLabels[field as UpdateField]} ${message}.`;
    const others = action.updates.filter((u) => u.quarter !== values.quarter);
    const drop = progressDropProblem(draft, reportBefore(values.quarter, others));
    if (drop !== null && problems.note === undefined) problems.note = `Note ${drop}.`;
  }
  if (note.length > actionTextLimits.note) {
    problems.note = `Shorten the note to ${actionTextLimits.note} characters or fewer (it has ${note.length}).`;
  }
  const later = action.updates.filter((u) => compareQuarters(u.quarter, values.quarter) > 0);
  if (values.status === 'completed' && later.length > 0) {
    const quarters = later.map((u) => quarterLabel(u.quarter)).reverse().join(', ');
    problems.status = `It can’t be Completed in ${quarterLabel(values.quarter)}: later quarters already have updates (${quarters}).`;
  }
  return problems;
}

export function toUpdateInput(values: UpdateFormValues, version: number): UpdateInput {
  return {
    quarter: values.quarter,
    status: values.status,
    percentComplete: Number(values.percentComplete.trim()),
    note: values.note.trim(),
    version,
  };
}
