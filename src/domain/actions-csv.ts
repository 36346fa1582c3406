import type { Action } from '../contract/actions';
import { statusLabels, studentGroupLabels } from '../contract/ids';
import type { Plan } from '../contract/plan';
import { withoutNonPlainCharacters } from '../contract/plain-text';

// Excel reads a CSV as the local code page unless it starts with a UTF-8 byte order mark.
export const utf8Bom = '\uFEFF';

// RFC 4180: a field with a comma, a quote or a line break goes in double
// quotes, with its quotes doubled; records end with CRLF.
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

// Text people typed could start like a formula (=HYPERLINK(…)), which a
// spreadsheet would run on opening; a leading apostrophe makes it plain text
// (OWASP's advice for CSV injection). Only typed fields get it. Spreadsheets
// drop control characters on import, so "\u0000=…" starts a formula too: the
// start is judged with them removed.
const formulaStart = /^[=+\-@\t\r]/;

export function neutralizeFormula(text: string): string {
  return formulaStart.test(text) || formulaStart.test(withoutNonPlainCharacters(text)) ? `'${text}` : text;
}

export const actionCsvHeader = [
  'ID',
  'Title',
  'Priority',
  'Focus area',
  'Strategy',
  'Owner',
  'Status',
  'Percent complete',
  'As of',
  'Last update',
  'Start quarter',
  'Due quarter',
  'Student groups',
  'Description',
  'Sample data',
] as const;

type PlanNames = Pick<Plan, 'priorities' | 'focusAreas'>;

// One action's cells, as of `asOf`.
function actionCsvCells(action: Action, plan: PlanNames, asOf: string): string[] {
  const priority = plan.priorities.find((p) => p.id === action.priorityId);
  const strategy = priority?.strategies.find((s) => s.id === action.strategyId);
  return [
    action.id,
    neutralizeFormula(action.title),
    priority ? `${priority.number}. ${priority.title}` : action.priorityId,
    plan.focusAreas.find((f) => f.id === action.focusAreaId)?.name ?? action.focusAreaId,
    strategy?.text ?? action.strategyId ?? '',
    neutralizeFormula(action.owner),
    statusLabels[action.status],
    String(action.percentComplete),
    asOf,
    action.lastUpdateQuarter ?? '',
    action.startQuarter,
    action.dueQuarter,
    action.studentGroups.map((id) => studentGroupLabels[id]).join('; '),
    neutralizeFormula(action.description),
    action.sample ? 'Yes' : 'No',
  ];
}

// The file's start: the byte order mark and the header line.
export function actionsCsvHead(): string {
  return utf8Bom + toCsv([actionCsvHeader]);
}

// One action's line, for writing the file as it is read.
export function actionCsvLine(action: Action, plan: PlanNames, asOf: string): string {
  return toCsv([actionCsvCells(action, plan, asOf)]);
}

// One row per action, in the order given (the list's order), as of `asOf`.
export function actionsCsv(actions: readonly Action[], plan: PlanNames, asOf: string): string {
  return actionsCsvHead() + actions.map((action) => actionCsvLine(action, plan, asOf)).join('');
}

export function actionsCsvFileName(asOf: string): string {
  return `pef-actions-${asOf}.csv`;
}
