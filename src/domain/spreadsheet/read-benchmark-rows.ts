import { BenchmarkDetails } from '../../contract/benchmark-writes';
import { BenchmarkUnit, type Benchmark } from '../../contract/benchmarks';
import { fieldErrors } from '../../contract/errors';
import type { StudentGroupId } from '../../contract/ids';
import type { Plan } from '../../contract/plan';
import { SchoolYear } from '../../contract/quarter-key';
import { figureProblem, measureProblems, schoolYearProblem } from '../benchmark-writes';
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

// The contract's paths of a measure's details, as the columns' draft fields.
const draftField = (path: string) => ({ 'baseline.schoolYear': 'baselineYear', 'baseline.value': 'baselineValue' })[path] ?? path;

// A row is checked by the rules of a new measure (BenchmarkDetails and
// measureProblems), then by those of a figure in its row.
function checkBenchmarkRow(plan: Pick<Plan, 'period'>) {
  return (draft: RowDraft): DraftCheck<BenchmarkRowImport> => {
    const d = draft as Record<keyof BenchmarkRowImport | 'baselineYear' | 'baselineValue', unknown>;
    const details = BenchmarkDetails.safeParse({
      priorityId: d.priorityId,
      name: d.name,
      description: d.description ?? '',
      unit: d.unit,
      direction: d.direction,
      baseline: { schoolYear: d.baselineYear, value: d.baselineValue },
    });
    const detailProblems = details.success ? measureProblems(plan.period, details.data) : fieldErrors(details.error.issues);
    const problems: Record<string, string | null> = Object.fromEntries(Object.entries(detailProblems).map(([path, reason]) => [draftField(path), reason]));
    const unit = BenchmarkUnit.safeParse(d.unit);
    problems.target = figureProblem(unit.data, d.target);
    problems.actual = figureProblem(unit.data, d.actual);
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
    if (!details.success || Object.keys(fields).length > 0) return { ok: false, fields };
    const figures = { schoolYear: d.schoolYear, studentGroupId: d.studentGroupId, target: d.target, actual: d.actual } as Pick<BenchmarkRowImport, 'schoolYear' | 'studentGroupId' | 'target' | 'actual'>;
    return { ok: true, record: { id: String(d.id), ...details.data, ...figures } };
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
