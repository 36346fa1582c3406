import { actionTextLimits, UpdateInput } from '../../contract/action-writes';
import { Update } from '../../contract/actions';
import { fieldErrors } from '../../contract/errors';
import { statusIds, statusLabels } from '../../contract/ids';
import { readChoice, readId, readNumber, readOptionalText, readQuarter, readText } from './cell-readers';
import { readSheet, type DraftCheck, type SheetReading } from './read-sheet';
import type { RowDraft, SheetColumn } from './sheet-columns';
import type { SheetRow } from './sheet-rows';

export interface UpdateSheetRow {
  readonly actionId: string;
  readonly update: Update;
}

// An imported update: the fields a person reports, for the action named.
// Author and time are kept when the file has them (a file the export wrote),
// so that exporting again gives the same file.
export type UpdateImport = Omit<UpdateInput, 'version'> & {
  readonly actionId: string;
  readonly author: string | null;
  readonly createdAt: string | null;
};

// The quarter's place in the plan and in the action's history is the write
// rule's to check (applyImportedUpdates): it needs the stored action.
export interface UpdateSheetContext {
  // The ids of the actions updates may be for.
  readonly actionIds: ReadonlySet<string>;
}

// An update is the action's report of one quarter.
export const updateImportKey = (update: Pick<UpdateImport, 'actionId' | 'quarter'>) => `${update.actionId} ${update.quarter}`;

export const unknownActionReason = (actionId: string) => `"${actionId}" is not an action of the plan: import the actions first`;

const statusChoices = statusIds.map((id) => ({ id, names: [statusLabels[id]] }));

export const updateColumns: SheetColumn<UpdateSheetRow>[] = [
  { header: 'Action ID', write: (r) => r.actionId, read: readId('actionId'), fields: ['actionId'], required: true },
  { header: 'Quarter', write: (r) => r.update.quarter, read: readQuarter('quarter'), fields: ['quarter'], required: true },
  { header: 'Status', write: (r) => statusLabels[r.update.status], read: readChoice('status', statusChoices), fields: ['status'], required: true },
  {
    header: 'Percent complete',
    write: (r) => String(r.update.percentComplete),
    cell: 'number',
    read: readNumber('percentComplete', false),
    fields: ['percentComplete'],
    required: true,
  },
  { header: 'Note', write: (r) => r.update.note, cell: 'typed', read: readText('note'), fields: ['note'] },
  { header: 'Author', write: (r) => r.update.author, cell: 'typed', read: readOptionalText('author'), fields: ['author'] },
  { header: 'Created at', write: (r) => r.update.createdAt, read: readOptionalText('createdAt'), fields: ['createdAt'] },
];

function checkUpdate(context: UpdateSheetContext) {
  return (draft: RowDraft): DraftCheck<UpdateImport> => {
    const { actionId, author, createdAt, ...fields } = draft;
    const problems: Record<string, string> = {};
    const parsed = UpdateInput.safeParse({ ...fields, note: fields.note ?? '' });
    if (!parsed.success) Object.assign(problems, fieldErrors(parsed.error.issues));
    if (typeof actionId === 'string' && !context.actionIds.has(actionId)) problems.actionId = unknownActionReason(actionId);
    if (typeof author === 'string' && author.length > actionTextLimits.owner) problems.author = `must be at most ${actionTextLimits.owner} characters`;
    if (typeof createdAt === 'string' && !Update.shape.createdAt.safeParse(createdAt).success) {
      problems.createdAt = 'must be a time like 2025-01-10T17:00:00.000Z, or empty';
    }
    if (!parsed.success || Object.keys(problems).length > 0) return { ok: false, fields: problems };
    const { quarter, status, percentComplete, note } = parsed.data;
    return {
      ok: true,
      record: { actionId: String(actionId), quarter, status, percentComplete, note, author: (author as string | null) ?? null, createdAt: (createdAt as string | null) ?? null },
    };
  };
}

// The rows of an updates file: each a quarter's update of an existing action, one per action and quarter.
export function readUpdateRows(rows: readonly SheetRow[], context: UpdateSheetContext): SheetReading<UpdateImport> {
  return readSheet(rows, {
    kind: 'updates',
    columns: updateColumns,
    check: checkUpdate(context),
    unique: { keyOf: updateImportKey, column: 'Quarter', what: "the action's update for this quarter" },
  });
}
