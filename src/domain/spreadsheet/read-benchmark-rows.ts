import type { Benchmark, BenchmarkUnit } from '../../contract/benchmarks';
import { benchmarkUnits } from '../../contract/benchmarks';
import { measureLimit } from '../../contract/benchmark-writes';
import type { StudentGroupId } from '../../contract/ids';
import type { Plan } from '../../contract/plan';
import { SchoolYear } from '../../contract/quarter-key';
import { benchmarkTextLimits } from '../../contract/spreadsheet-import';
import { rangeProblem, schoolYearProblem } from '../benchmark-writes';
import { benchmarkColumns, type BenchmarkImport } from './benchmark-sheet';
import { readSheet, type DraftCheck, type SheetReading } from './read-sheet';
import type { RowDraft } from './sheet-columns';
import type { SheetRow } from './sheet-rows';

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
