import type { Action, Update } from '../src/contract/actions';
import type { StatusId } from '../src/contract/ids';
import type { ActionRecord } from '../src/domain/action-record';

// Small hand-made actions for the domain rules' tests; each test overrides
// only the fields it is about.

const recordFields: Omit<ActionRecord, 'updates'> = {
  id: 'a-test',
  title: 'Mentoring circle for new teachers',
  description: 'Monthly circles pair first-year teachers with veterans.',
  priorityId: 'teachers-leaders',
  focusAreaId: 'programs-projects',
  strategyId: null,
  owner: 'Ana Ruiz',
  startQuarter: '2024-Q1',
  dueQuarter: '2025-Q4',
  studentGroups: ['all-students'],
  version: 1,
  sample: true,
};

export function anAction(overrides: Partial<Action> = {}): Action {
  return { ...recordFields, status: 'on-track', percentComplete: 40, lastUpdateQuarter: '2024-Q4', ...overrides };
}

export function anUpdate(quarter: string, status: StatusId, percentComplete: number, note = ''): Update {
  return { quarter, status, percentComplete, note, author: 'Ana Ruiz', createdAt: '2025-01-10T17:00:00.000Z' };
}

export function aRecord(overrides: Partial<ActionRecord> = {}): ActionRecord {
  return { ...recordFields, updates: [], ...overrides };
}
