import type { Benchmark, BenchmarkUnit, Direction } from '../../contract/benchmarks';
import { benchmarkUnits } from '../../contract/benchmarks';
import { measureLimit } from '../../contract/benchmark-writes';
import { priorityIds, studentGroupIds, studentGroupLabels, type PriorityId, type StudentGroupId } from '../../contract/ids';
import type { Plan } from '../../contract/plan';
import { SchoolYear } from '../../contract/quarter-key';
import { benchmarkTextLimits } from '../../contract/spreadsheet-import';
import { rangeProblem, schoolYearProblem } from '../benchmark-writes';
import { directionLabels, unitLabels } from '../format-measure';
import { readChoice, readId, readNumber, readOptionalText, readText, type Choice } from './cell-readers';
import { readSheet, type DraftCheck, type SheetReading } from './read-sheet';
import type { RowDraft, SheetColumn } from './sheet-columns';
import type { SheetRow } from './sheet-rows';

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

// One row of a benchmarks file, read: the benchmark's details and one figure.
export interface BenchmarkRowImport extends Omit<BenchmarkImport, 'years' | 'groups'> {
  readonly schoolYear: string | null;
  readonly studentGroupId: StudentGroupId | null;
  readonly target: number | null;
  readonly actual: number | null;
}

function measureProblem(unit: unknown, value: unknown): string | null {
  if (typeof value !== 'number') return null;
  if (Math.abs(value) > measureLimit) return `must be between ${-measureLimit} and ${measureLimit}`;
  return benchmarkUnits.includes(unit as BenchmarkUnit) ? rangeProblem(unit as BenchmarkUnit, value) : null;
}

function textProblem(value: unknown, max: number, required: boolean): string | null {
  if (typeof value !== 'string') return null;
  if (required && value === '') return 'is required';
  return value.length > max ? `must be at most ${max} characters` : null;
}

function checkBenchmarkRow(plan: Pick<Plan, 'period'>) {
  return (draft: RowDraft): DraftCheck<BenchmarkRowImport> => {
    const d = draft as Record<keyof BenchmarkRowImport | 'baselineYear' | 'baselineValue', unknown>;
    const problems: Record<string, string | null> = {
      name: textProblem(d.name, benchmarkTextLimits.name, true),
      description: textProblem(d.description, benchmarkTextLimits.description, false),
      baselineValue: measureProblem(d.unit, d.baselineValue),
      target: measureProblem(d.unit, d.target),
      actual: measureProblem(d.unit, d.actual),
    };
    const baselineYear = SchoolYear.safeParse(d.baselineYear);
    if (!baselineYear.success) problems.baselineYear = baselineYear.error.issues[0]?.message ?? 'must be a school year like 2022-23';
    if (typeof d.schoolYear === 'string') {
      const year = SchoolYear.safeParse(d.schoolYear);
      problems.schoolYear = year.success ? schoolYearProblem(plan.period, d.schoolYear) : (year.error.issues[0]?.message ?? null);
    } else {
      const emptyYear = 'must be empty when the school year is: a figure belongs to a school year';
      if (d.target !== null) problems.target = emptyYear;
      if (d.actual !== null) problems.actual = emptyYear;
    }
    if (typeof d.studentGroupId === 'string' && d.target !== null) problems.target ??= "must be empty on a student group's row: targets are set for all students";
    const fields = Object.fromEntries(Object.entries(problems).filter((entry): entry is [string, string] => entry[1] !== null));
    if (Object.keys(fields).length > 0) return { ok: false, fields };
    const { baselineYear: _year, baselineValue, ...rest } = draft;
    return { ok: true, record: { ...rest, baseline: { schoolYear: String(d.baselineYear), value: Number(baselineValue) } } as unknown as BenchmarkRowImport };
  };
}

const detailColumns: readonly [string, (row: BenchmarkRowImport) => unknown][] = [
  ['Priority', (r) => r.priorityId],
  ['Name', (r) => r.name],
  ['Description', (r) => r.description],
  ['Unit', (r) => r.unit],
  ['Direction', (r) => r.direction],
  ['Baseline year', (r) => r.baseline.schoolYear],
  ['Baseline value', (r) => r.baseline.value],
];

// Gathers the rows of each benchmark, in the file's order, into one benchmark;
// a row whose details differ from its benchmark's first row is a problem.
function gatherBenchmarks(reading: SheetReading<BenchmarkRowImport>): SheetReading<BenchmarkImport> {
  const gathered = new Map<string, { line: number; first: BenchmarkRowImport; record: BenchmarkImport & { years: Benchmark['years']; groups: Benchmark['groups'] } }>();
  const problems = [...reading.problems];
  for (const { line, record: row } of reading.records) {
    const { schoolYear, studentGroupId, target, actual, ...details } = row;
    const entry = gathered.get(row.id) ?? { line, first: row, record: { ...details, years: [], groups: [] } };
    gathered.set(row.id, entry);
    for (const [column, valueOf] of detailColumns) {
      if (valueOf(row) !== valueOf(entry.first)) {
        problems.push({ line, column, reason: `differs from line ${entry.line}, the first row of benchmark ${row.id}: every row of a benchmark repeats its details` });
      }
    }
    const { years, groups } = entry.record;
    if (studentGroupId === null) {
      if (schoolYear !== null) years.push({ schoolYear, target, actual });
      continue;
    }
    let group = groups.find((g) => g.studentGroupId === studentGroupId);
    if (group === undefined) {
      group = { studentGroupId, values: [] };
      groups.push(group);
    }
    if (schoolYear !== null) group.values.push({ schoolYear, actual });
  }
  const records = [...gathered.values()].map(({ line, record }) => ({ line, record }));
  return { records, problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}

// The rows of a benchmarks file, gathered into benchmarks with their figures.
export function readBenchmarkRows(rows: readonly SheetRow[], context: { readonly plan: Pick<Plan, 'priorities' | 'period'> }): SheetReading<BenchmarkImport> {
  const reading = readSheet(rows, {
    kind: 'benchmarks',
    columns: benchmarkColumns(context.plan),
    check: checkBenchmarkRow(context.plan),
    unique: {
      keyOf: (r) => `${r.id} ${r.schoolYear ?? ''} ${r.studentGroupId ?? ''}`,
      column: 'School year',
      what: 'the benchmark, school year and student group',
    },
  });
  return gatherBenchmarks(reading);
}
