import { NewAction } from '../../contract/action-writes';
import type { Action } from '../../contract/actions';
import { fieldErrors } from '../../contract/errors';
import { focusAreaIds, statusLabels, studentGroupIds, studentGroupLabels, type PriorityId } from '../../contract/ids';
import type { Plan, Priority } from '../../contract/plan';
import { actionFieldProblems } from '../action-writes';
import { choiceLookup, listSeparator, readChoice, readChoiceList, readId, readOptionalText, readQuarter, readText, type Choice } from './cell-readers';
import { readSheet, type DraftCheck, type SheetReading } from './read-sheet';
import type { RowDraft, SheetColumn } from './sheet-columns';
import type { SheetRow } from './sheet-rows';

// One exported action: as of the export's quarter, with the note of its latest update.
export interface ActionSheetRow {
  readonly action: Action;
  readonly latestNote: string;
}

// An imported action: the fields of a new action, and the id it is matched by.
export type ActionImport = NewAction & { readonly id: string };

type PlanNames = Pick<Plan, 'priorities' | 'focusAreas'>;

const priorityName = (priority: Priority) => `${priority.number}. ${priority.title}`;

function priorityChoices(plan: PlanNames): Choice<PriorityId>[] {
  return plan.priorities.map((p) => ({ id: p.id, names: [priorityName(p), p.title, String(p.number)] }));
}

// The strategy by its text or id, among those of the row's priority.
function readStrategy(plan: PlanNames) {
  const lookups = new Map(plan.priorities.map((p) => [p.id, choiceLookup(p.strategies.map((s) => ({ id: s.id, names: [s.text] })))]));
  return (cell: string, draft: RowDraft): string | null => {
    if (cell === '') {
      draft.strategyId = null;
      return null;
    }
    const priority = plan.priorities.find((p) => p.id === draft.priorityId);
    if (priority === undefined) {
      draft.strategyId = cell;
      return null;
    }
    const id = lookups.get(priority.id)?.(cell);
    if (id !== undefined) {
      draft.strategyId = id;
      return null;
    }
    const { strategies } = priority;
    if (strategies.length === 0) return `must be empty: the priority ${priorityName(priority)} has no strategies`;
    return `"${cell}" is not a strategy of the priority ${priorityName(priority)}: use one of its strategies (its text or id, ${strategies[0]?.id} to ${strategies.at(-1)?.id}) or leave it empty`;
  };
}

// The columns of the actions sheet, in the export's order. `asOf` is the
// quarter the status columns are as of (the export's only).
export function actionColumns(plan: PlanNames, asOf = ''): SheetColumn<ActionSheetRow>[] {
  const priorities = new Map(plan.priorities.map((p) => [p.id, p]));
  const focusAreas = new Map(plan.focusAreas.map((f) => [f.id, f.name]));
  const focusAreaChoices = focusAreaIds.map((id) => ({ id, names: [focusAreas.get(id) ?? id] }));
  const groupChoices = studentGroupIds.map((id) => ({ id, names: [studentGroupLabels[id]] }));
  return [
    { header: 'ID', write: (r) => r.action.id, read: readId('id'), fields: ['id'], required: true },
    { header: 'Title', write: (r) => r.action.title, cell: 'typed', read: readText('title'), fields: ['title'], required: true },
    {
      header: 'Priority',
      write: ({ action }) => {
        const priority = priorities.get(action.priorityId);
        return priority ? priorityName(priority) : action.priorityId;
      },
      read: readChoice('priorityId', priorityChoices(plan)),
      fields: ['priorityId'],
      required: true,
    },
    {
      header: 'Focus area',
      write: (r) => focusAreas.get(r.action.focusAreaId) ?? r.action.focusAreaId,
      read: readChoice('focusAreaId', focusAreaChoices),
      fields: ['focusAreaId'],
      required: true,
    },
    {
      header: 'Strategy',
      write: ({ action }) => priorities.get(action.priorityId)?.strategies.find((s) => s.id === action.strategyId)?.text ?? action.strategyId ?? '',
      read: readStrategy(plan),
      fields: ['strategyId'],
    },
    { header: 'Owner', write: (r) => r.action.owner, cell: 'typed', read: readText('owner'), fields: ['owner'], required: true },
    { header: 'Status', write: (r) => statusLabels[r.action.status] },
    { header: 'Percent complete', write: (r) => String(r.action.percentComplete), cell: 'number' },
    { header: 'As of', write: () => asOf },
    { header: 'Last update', write: (r) => r.action.lastUpdateQuarter ?? '' },
    { header: 'Start quarter', write: (r) => r.action.startQuarter, read: readQuarter('startQuarter'), fields: ['startQuarter'], required: true },
    { header: 'Due quarter', write: (r) => r.action.dueQuarter, read: readQuarter('dueQuarter'), fields: ['dueQuarter'], required: true },
    {
      header: 'Student groups',
      write: (r) => r.action.studentGroups.map((id) => studentGroupLabels[id]).join(listSeparator),
      read: readChoiceList('studentGroups', groupChoices),
      fields: ['studentGroups'],
      required: true,
    },
    { header: 'Description', write: (r) => r.action.description, cell: 'typed', read: readOptionalText('description'), fields: ['description'] },
    { header: 'Latest note', write: (r) => r.latestNote, cell: 'typed' },
    { header: 'Sample data', write: (r) => (r.action.sample ? 'Yes' : 'No') },
  ];
}

function checkAction(plan: Plan) {
  return (draft: RowDraft): DraftCheck<ActionImport> => {
    const { id, ...fields } = draft;
    const parsed = NewAction.safeParse({ ...fields, description: fields.description ?? '' });
    if (!parsed.success) return { ok: false, fields: fieldErrors(parsed.error.issues) };
    const problems = actionFieldProblems(plan, parsed.data);
    if (Object.keys(problems).length > 0) return { ok: false, fields: problems };
    return { ok: true, record: { id: String(id), ...parsed.data } };
  };
}

// The rows of an actions file, checked with the rules of a new action against the plan.
export function readActionRows(rows: readonly SheetRow[], context: { readonly plan: Plan }): SheetReading<ActionImport> {
  return readSheet(rows, {
    kind: 'actions',
    columns: actionColumns(context.plan),
    check: checkAction(context.plan),
    unique: { keyOf: (r) => r.id, column: 'ID', what: 'the ID' },
  });
}
