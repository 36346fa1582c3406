import type { ActionRecord } from '../action-record';
import { actionAsOf } from '../action-record';
import { compareQuarters } from '../quarters';
import type { ActionSheetRow } from './action-sheet';
import type { UpdateSheetRow } from './update-sheet';

// An action as the export writes it: as of the quarter, with the note of the
// update its status comes from (the "Last update" beside it), which is the
// note a board packet quotes.
export function actionSheetRow(record: ActionRecord, asOf: string): ActionSheetRow {
  const action = actionAsOf(record, asOf);
  const deciding = record.updates.find((u) => u.quarter === action.lastUpdateQuarter);
  return { action, latestNote: deciding?.note ?? '' };
}

// Every update of the actions, action by action in the order given, oldest quarter first.
export function updateSheetRows(records: readonly ActionRecord[]): UpdateSheetRow[] {
  return records.flatMap((record) =>
    [...record.updates].sort((a, b) => compareQuarters(a.quarter, b.quarter)).map((update) => ({ actionId: record.id, update })),
  );
}
