import type { Action, Update } from '../../contract/actions';
import type { ExportFormat } from '../../contract/spreadsheet-export';
import type { ImportKind } from '../../contract/spreadsheet-import';
import type { ActionRecord } from '../action-record';
import { actionAsOf } from '../action-record';
import { compareQuarters } from '../quarters';
import type { ActionSheetRow } from './action-sheet';
import type { UpdateSheetRow } from './update-sheet';

// An action as of a quarter, with the note of the update its status comes
// from (the "Last update" beside it), which is the note a board packet quotes.
export function actionSheetRowOf(action: Action, updates: readonly Update[]): ActionSheetRow {
  const deciding = updates.find((u) => u.quarter === action.lastUpdateQuarter);
  return { action, latestNote: deciding?.note ?? '' };
}

export function actionSheetRow(record: ActionRecord, asOf: string): ActionSheetRow {
  return actionSheetRowOf(actionAsOf(record, asOf), record.updates);
}

// Every update of the actions, action by action in the order given, oldest quarter first.
export function updateSheetRows(records: readonly Pick<ActionRecord, 'id' | 'updates'>[]): UpdateSheetRow[] {
  return records.flatMap((record) =>
    [...record.updates].sort((a, b) => compareQuarters(a.quarter, b.quarter)).map((update) => ({ actionId: record.id, update })),
  );
}

// "pef-actions-2026-Q3.csv": what the file holds and what it is of (the
// quarter its statuses are as of, or the priority its benchmarks are of).
export function exportFileName(kind: ImportKind, format: ExportFormat, of: string | undefined): string {
  return `pef-${kind}${of === undefined ? '' : `-${of}`}.${format}`;
}
