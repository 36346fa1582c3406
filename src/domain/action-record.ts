import type { Action, ActionDetail, Update } from '../contract/actions';
import { statusAsOf } from './status-as-of';

// An action as stored, with every update it ever had (any order); the API's
// Action is this record seen from one quarter.
export type ActionRecord = Omit<Action, 'status' | 'percentComplete' | 'lastUpdateQuarter'> & {
  readonly updates: readonly Update[];
};

export function actionAsOf(record: ActionRecord, quarter: string): Action {
  const { updates, ...fields } = record;
  const { status, percentComplete, quarter: lastUpdateQuarter } = statusAsOf(updates, quarter);
  return { ...fields, status, percentComplete, lastUpdateQuarter };
}

export function actionDetailAsOf(record: ActionRecord, quarter: string): ActionDetail {
  const updates = [...record.updates].sort((a, b) => (a.quarter < b.quarter ? 1 : a.quarter > b.quarter ? -1 : 0));
  return { ...actionAsOf(record, quarter), updates };
}
