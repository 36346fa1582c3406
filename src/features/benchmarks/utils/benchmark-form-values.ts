import { benchmarkTextLimits, type BenchmarkPatch, type NewBenchmark } from '../../../contract/benchmark-writes';
import type { Benchmark, BenchmarkUnit, Direction } from '../../../contract/benchmarks';
import type { PriorityId, StudentGroupId } from '../../../contract/ids';
import { SchoolYear } from '../../../contract/quarter-key';
import { rangeProblem } from '../../../domain/benchmark-writes';

// The form's values: choices may still be unmade (''), figures are as typed.
export interface BenchmarkFormValues {
  name: string;
  description: string;
  priorityId: PriorityId | '';
  unit: BenchmarkUnit | '';
  direction: Direction | '';
  baselineYear: string;
  baselineValue: string;
  // By school year of the plan; '' for none.
  targets: Record<string, string>;
  studentGroups: StudentGroupId[];
}

export type BenchmarkFormField = Exclude<keyof BenchmarkFormValues, 'targets'> | `target ${string}`;

export const benchmarkFieldLabels: Record<keyof NewBenchmark, string> = {
  priorityId: 'Priority',
  name: 'Name',
  description: 'Description',
  unit: 'Unit',
  direction: 'Direction',
  baseline: 'Baseline',
  targets: 'Targets',
  studentGroups: 'Student groups',
};

const figureText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export function blankBenchmarkFormValues(priorityId: PriorityId | undefined): BenchmarkFormValues {
  return { name: '', description: '', priorityId: priorityId ?? '', unit: '', direction: '', baselineYear: '', baselineValue: '', targets: {}, studentGroups: [] };
}

export function benchmarkFormValuesOf(benchmark: Benchmark): BenchmarkFormValues {
  return {
    name: benchmark.name,
    description: benchmark.description,
    priorityId: benchmark.priorityId,
    unit: benchmark.unit,
    direction: benchmark.direction,
    baselineYear: benchmark.baseline.schoolYear,
    baselineValue: String(benchmark.baseline.value),
    targets: Object.fromEntries(benchmark.years.map((y) => [y.schoolYear, figureText(y.target)])),
    studentGroups: benchmark.groups.map((g) => g.studentGroupId),
  };
}

// A typed figure: null when empty, NaN when not a number.
function figureOf(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : Number.NaN;
}

function figureProblem(text: string, unit: BenchmarkUnit | '', what: string): string | undefined {
  const value = figureOf(text);
  if (value === null) return undefined;
  if (Number.isNaN(value)) return `Enter the ${what} as a number, like 42 or 12.5.`;
  const range = unit === '' ? null : rangeProblem(unit, value);
  return range === null ? undefined : `The ${what} ${range}.`;
}

// The contract's and the domain's rules, checked before sending.
export function checkBenchmarkForm(values: BenchmarkFormValues, schoolYears: readonly string[]): Partial<Record<BenchmarkFormField, string>> {
  const name = values.name.trim();
  const problems: Partial<Record<BenchmarkFormField, string>> = {
    name: name === '' ? 'Enter the name of the measure.' : name.length > benchmarkTextLimits.name ? `Shorten the name to ${benchmarkTextLimits.name} characters or fewer.` : undefined,
    description:
      values.description.trim().length > benchmarkTextLimits.description ? `Shorten the description to ${benchmarkTextLimits.description} characters or fewer.` : undefined,
    priorityId: values.priorityId === '' ? 'Choose the priority the measure belongs to.' : undefined,
    unit: values.unit === '' ? 'Choose the unit of the measure.' : undefined,
    direction: values.direction === '' ? 'Choose whether higher or lower is better.' : undefined,
    baselineYear: SchoolYear.safeParse(values.baselineYear.trim()).success ? undefined : 'Enter the school year of the baseline, like 2022-23.',
    baselineValue: figureOf(values.baselineValue) === null ? 'Enter the baseline value.' : figureProblem(values.baselineValue, values.unit, 'baseline value'),
  };
  for (const year of schoolYears) problems[`target ${year}`] = figureProblem(values.targets[year] ?? '', values.unit, `target for ${year}`);
  return Object.fromEntries(Object.entries(problems).filter(([, problem]) => problem !== undefined));
}

// Only call once checkBenchmarkForm found nothing: every choice is made and every figure a number.
export function toNewBenchmark(values: BenchmarkFormValues, schoolYears: readonly string[]): NewBenchmark {
  return {
    priorityId: values.priorityId as PriorityId,
    name: values.name.trim(),
    description: values.description.trim(),
    unit: values.unit as BenchmarkUnit,
    direction: values.direction as Direction,
    baseline: { schoolYear: values.baselineYear.trim(), value: figureOf(values.baselineValue) ?? 0 },
    targets: schoolYears.map((schoolYear) => ({ schoolYear, target: figureOf(values.targets[schoolYear] ?? '') })),
    studentGroups: values.studentGroups,
  };
}

// The fields that differ from the measure as stored, or null when none does.
export function toBenchmarkPatch(values: BenchmarkFormValues, benchmark: Benchmark, schoolYears: readonly string[]): BenchmarkPatch | null {
  const next = toNewBenchmark(values, schoolYears);
  const stored = toNewBenchmark(benchmarkFormValuesOf(benchmark), schoolYears);
  const changed = (Object.keys(benchmarkFieldLabels) as (keyof NewBenchmark)[]).filter((name) => JSON.stringify(next[name]) !== JSON.stringify(stored[name]));
  if (changed.length === 0) return null;
  return { ...Object.fromEntries(changed.map((name) => [name, next[name]])), version: benchmark.version };
}
