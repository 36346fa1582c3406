import type { UpdateInput } from '../contract/action-writes';
import type { Update } from '../contract/actions';
import type { PlanPeriod } from '../contract/plan';
import { progressDropProblem, reportBefore } from '../contract/update-rules';
import type { ActionRecord } from './action-record';
import { outsidePeriodProblem } from './plan-period';
import { compareQuarters, quarterOfDate } from './quarters';
import { accepted, invalidFields, refused, staleVersion, type WriteResult } from './write-result';

export interface AppliedUpdate {
  readonly record: ActionRecord;
  readonly update: Update;
  // The update this one took the place of (same quarter); null when the quarter is new.
  readonly replaced: Update | null;
}

function quarterProblem(record: ActionRecord, quarter: string, period: PlanPeriod, now: Date, others: readonly Update[]): string | null {
  const outside = outsidePeriodProblem(quarter, period);
  if (outside !== null) return outside;
  if (compareQuarters(quarter, record.startQuarter) < 0) return `must not be before ${record.startQuarter}, when the action starts`;
  const current = quarterOfDate(now);
  if (compareQuarters(quarter, current) > 0) return `must not be after the current quarter, ${current}`;
  // Completion is final (see statusAsOf): a report after it would never show.
  const completed = others.find((u) => u.status === 'completed' && compareQuarters(u.quarter, quarter) < 0);
  if (completed !== undefined) return `must not be after ${completed.quarter}, when the action was reported completed`;
  return null;
}

// Adds the quarter's update or replaces it. Either way the action's version
// goes up, so an edit made from an older copy of the action is caught.
export function applyUpdate(
  period: PlanPeriod,
  record: ActionRecord,
  input: UpdateInput,
  author: string,
  now: Date,
): WriteResult<AppliedUpdate> {
  if (input.version !== undefined) {
    const stale = staleVersion('action', record.version, input.version);
    if (stale !== null) return refused(stale);
  }
  const others = record.updates.filter((u) => u.quarter !== input.quarter);
  const problem = quarterProblem(record, input.quarter, period, now, others);
  if (problem !== null) return refused(invalidFields({ quarter: problem }));
  const drop = progressDropProblem(input, reportBefore(input.quarter, others));
  if (drop !== null) return refused(invalidFields({ note: drop }));
  const later = others.filter((u) => compareQuarters(u.quarter, input.quarter) > 0).map((u) => u.quarter);
  if (input.status === 'completed' && later.length > 0) {
    const why = `cannot be completed in ${input.quarter}: later quarters already have updates (${later.sort().join(', ')})`;
    return refused(invalidFields({ status: why }));
  }
  const update: Update = {
    quarter: input.quarter,
    status: input.status,
    percentComplete: input.percentComplete,
    note: input.note,
    author,
    createdAt: now.toISOString(),
  };
  const replaced = record.updates.find((u) => u.quarter === input.quarter) ?? null;
  return accepted({ record: { ...record, updates: [...others, update], version: record.version + 1 }, update, replaced });
}
