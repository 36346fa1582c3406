import type { Action, ActionDetail, Update } from '../contract/actions';
import { statusAsOf } from './status-as-of';

// An action as stored, with every update it ever had (any order); the API's
// Action is this record seen from one quarter.
export type ActionRecord = Omit<Action, 'status' | 'percentComplete' | 'lastUpdateQuarter'> & {
  readonly updates: readonly Update[];
};

// Field by field rather than with a rest spread: lists build this for
// thousands of records per request, and the spread costs several times more.
// TypeScript flags a field added to Action and missing here.
export function actionAsOf(record: ActionRecord, quarter: string): Action {
  const { status, percentComplete, quarter: lastUpdateQuarter } = statusAsOf(record.updates, quarter);
  return {
    id: record.id,
    title: record.title,
    description: record.description,
    priorityId: record.priorityId,
    focusAreaId: record.focusAreaId,
    strategyId: record.strategyId,
    owner: record.owner,
    startQuarter: record.startQuarter,
    dueQuarter: record.dueQuarter,
    studentGroups: record.studentGroups,
    status,
    percentComplete,
    lastUpdateQuarter,
    version: record.version,
    sample: record.sample,
  };
}

export function actionDetailAsOf(record: ActionRecord, quarter: string, latestReported: string | null): ActionDetail {
  const updates = [...record.updates].sort((a, b) => (a.quarter < b.quarter ? 1 : a.quarter > b.quarter ? -1 : 0));
  return { ...actionAsOf(record, quarter), updates, asOf: quarter, latestReported };
}
