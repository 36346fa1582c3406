import type { PlanPeriod } from '../../contract/plan';
import type { ImportProblem } from '../../contract/spreadsheet-import';
import type { ActionRecord } from '../action-record';
import { compareQuarters } from '../quarters';
import { applyUpdate } from '../update-writes';
import type { ReadRecord } from './read-sheet';
import { unknownActionReason, updateColumns, type UpdateImport } from './update-sheet';

export interface AppliedImport {
  // The actions the file's updates are for, with those updates in.
  readonly actions: Map<string, ActionRecord>;
  readonly problems: ImportProblem[];
}

const columnOf = (field: string) => updateColumns.find((c) => c.fields?.includes(field))?.header ?? null;

// The write rule of one update (applyUpdate), applied to each update of a
// file in quarter order, over the actions as stored: a dry run names every
// row the write would refuse, a rise and fall of progress within the file
// too. Who reported and when are kept from the file where it has them.
export function applyImportedUpdates(
  period: PlanPeriod,
  stored: ReadonlyMap<string, ActionRecord>,
  updates: readonly ReadRecord<UpdateImport>[],
  importer: string,
  now: Date,
): AppliedImport {
  const actions = new Map<string, ActionRecord>();
  const problems: ImportProblem[] = [];
  const inOrder = [...updates].sort((a, b) => compareQuarters(a.record.quarter, b.record.quarter));
  for (const { line, record: row } of inOrder) {
    const action = actions.get(row.actionId) ?? stored.get(row.actionId);
    if (action === undefined) {
      problems.push({ line, column: columnOf('actionId'), reason: unknownActionReason(row.actionId) });
      continue;
    }
    const { quarter, status, percentComplete, note } = row;
    const result = applyUpdate(period, action, { quarter, status, percentComplete, note }, row.author ?? importer, now);
    if (!result.ok) {
      for (const [field, reason] of Object.entries(result.error.fields ?? {})) problems.push({ line, column: columnOf(field), reason });
      continue;
    }
    const update = { ...result.value.update, createdAt: row.createdAt ?? result.value.update.createdAt };
    const others = result.value.record.updates.filter((u) => u.quarter !== quarter);
    actions.set(row.actionId, { ...result.value.record, updates: [...others, update] });
  }
  return { actions, problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}
