import type { Plan } from '../../../contract/plan';
import type { ImportKind } from '../../../contract/spreadsheet-import';
import { actionColumns } from '../../../domain/spreadsheet/action-sheet';
import { benchmarkColumns } from '../../../domain/spreadsheet/benchmark-sheet';
import type { SheetColumn } from '../../../domain/spreadsheet/sheet-columns';
import { updateColumns } from '../../../domain/spreadsheet/update-sheet';

export const importKindLabels: Record<ImportKind, { readonly title: string; readonly noun: string; readonly hint: string }> = {
  actions: { title: 'Actions', noun: 'action', hint: 'Each row an action, matched by its ID: a new ID adds an action, a known one changes it.' },
  updates: { title: 'Updates', noun: 'update', hint: 'Each row a quarter’s update of an action already in the plan; import the actions first.' },
  benchmarks: { title: 'Benchmarks', noun: 'benchmark', hint: 'Each row one figure of a measure: a school year’s target and actual, or a student group’s actual.' },
};

// Figures a benchmark holds across several columns.
const wholeFields: Record<string, string> = { baseline: 'Baseline', years: 'Targets and actuals', groups: 'Student group actuals' };

// A changed field by the column a person edits it in.
export function importFieldLabel(kind: ImportKind, plan: Plan): (field: string) => string {
  const columns: readonly SheetColumn<never>[] = kind === 'actions' ? actionColumns(plan) : kind === 'updates' ? updateColumns : benchmarkColumns(plan);
  return (field) => columns.find((c) => c.fields?.includes(field))?.header ?? wholeFields[field] ?? field;
}

// An update is named by its action and quarter: "a-001 2026-Q3".
export function importedActionId(kind: ImportKind, id: string): string | null {
  if (kind === 'benchmarks') return null;
  return kind === 'updates' ? (id.split(' ')[0] ?? id) : id;
}
