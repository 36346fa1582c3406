import type { Benchmark, BenchmarkUnit, Direction } from '../../contract/benchmarks';
import { benchmarkUnits } from '../../contract/benchmarks';
import { priorityIds, studentGroupIds, studentGroupLabels, type PriorityId, type StudentGroupId } from '../../contract/ids';
import type { Plan } from '../../contract/plan';
import { directionLabels, unitLabels } from '../format-measure';
import { readChoice, readId, readNumber, readOptionalText, readText, type Choice } from './cell-readers';
import type { RowDraft, SheetColumn } from './sheet-columns';

// Benchmarks are long: one row per figure, each repeating its benchmark's
// details. A row with a school year and no student group holds the target and
// actual for all students; one with a group holds that group's actual. A
// benchmark without figures, or a group without any, still has a row, with
// the school year empty, so nothing is lost on the way out and back.
export interface BenchmarkSheetRow {
  readonly benchmark: BenchmarkImport;
  readonly schoolYear: string | null;
  readonly studentGroupId: StudentGroupId | null;
  readonly target: number | null;
  readonly actual: number | null;
}

export type BenchmarkImport = Omit<Benchmark, 'version' | 'sample'>;

export function benchmarkSheetRows(benchmark: BenchmarkImport): BenchmarkSheetRow[] {
  const row = (schoolYear: string | null, studentGroupId: StudentGroupId | null, target: number | null, actual: number | null) => ({
    benchmark,
    schoolYear,
    studentGroupId,
    target,
    actual,
  });
  const rows = [
    ...benchmark.years.map((y) => row(y.schoolYear, null, y.target, y.actual)),
    ...benchmark.groups.flatMap((g) => (g.values.length === 0 ? [row(null, g.studentGroupId, null, null)] : g.values.map((v) => row(v.schoolYear, g.studentGroupId, null, v.actual)))),
  ];
  return rows.length > 0 ? rows : [row(null, null, null, null)];
}

const figure = (value: number | null) => (value === null ? '' : String(value));

const unitChoices: Choice<BenchmarkUnit>[] = benchmarkUnits.map((id) => ({ id, names: [unitLabels[id]] }));
const directionChoices: Choice<Direction>[] = (['higher', 'lower'] as const).map((id) => ({ id, names: [directionLabels[id]] }));
const groupChoices = studentGroupIds.map((id) => ({ id, names: [studentGroupLabels[id]] }));

function readGroup(cell: string, draft: RowDraft): string | null {
  if (cell === '') {
    draft.studentGroupId = null;
    return null;
  }
  return readChoice('studentGroupId', groupChoices)(cell, draft);
}

export function benchmarkColumns(plan: Pick<Plan, 'priorities'>): SheetColumn<BenchmarkSheetRow>[] {
  const priorities = new Map(plan.priorities.map((p) => [p.id, p]));
  const priorityChoices: Choice<PriorityId>[] = priorityIds.map((id) => {
    const p = priorities.get(id);
    return { id, names: p ? [`${p.number}. ${p.title}`, p.title, String(p.number)] : [] };
  });
  return [
    { header: 'Benchmark ID', write: (r) => r.benchmark.id, read: readId('id'), fields: ['id'], required: true },
    {
      header: 'Priority',
      write: ({ benchmark: { priorityId } }) => {
        const p = priorities.get(priorityId);
        return p ? `${p.number}. ${p.title}` : priorityId;
      },
      read: readChoice('priorityId', priorityChoices),
      fields: ['priorityId'],
      required: true,
    },
    { header: 'Name', write: (r) => r.benchmark.name, cell: 'typed', read: readText('name'), fields: ['name'], required: true },
    { header: 'Description', write: (r) => r.benchmark.description, cell: 'typed', read: readText('description'), fields: ['description'] },
    { header: 'Unit', write: (r) => unitLabels[r.benchmark.unit], read: readChoice('unit', unitChoices), fields: ['unit'], required: true },
    { header: 'Direction', write: (r) => directionLabels[r.benchmark.direction], read: readChoice('direction', directionChoices), fields: ['direction'], required: true },
    { header: 'Baseline year', write: (r) => r.benchmark.baseline.schoolYear, read: readText('baselineYear'), fields: ['baselineYear'], required: true },
    { header: 'Baseline value', write: (r) => String(r.benchmark.baseline.value), cell: 'number', read: readNumber('baselineValue', false), fields: ['baselineValue'], required: true },
    { header: 'School year', write: (r) => r.schoolYear ?? '', read: readOptionalText('schoolYear'), fields: ['schoolYear'], required: true },
    { header: 'Student group', write: (r) => (r.studentGroupId === null ? '' : studentGroupLabels[r.studentGroupId]), read: readGroup, fields: ['studentGroupId'] },
    { header: 'Target', write: (r) => figure(r.target), cell: 'number', read: readNumber('target', true), fields: ['target'] },
    { header: 'Actual', write: (r) => figure(r.actual), cell: 'number', read: readNumber('actual', true), fields: ['actual'] },
  ];
}
