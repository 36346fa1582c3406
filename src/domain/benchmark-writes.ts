import type { Benchmark, BenchmarkUnit, BenchmarkYear } from '../contract/benchmarks';
import { Measure, type BenchmarkValueInput } from '../contract/benchmark-writes';
import type { PlanPeriod } from '../contract/plan';
import { schoolYearsOfPeriod } from './quarters';
import { accepted, invalidFields, refused, staleVersion, type WriteResult } from './write-result';

export interface BenchmarkValueChange {
  readonly benchmark: Benchmark;
  readonly before: BenchmarkYear;
  readonly after: BenchmarkYear;
  readonly changed: boolean;
}

export function rangeProblem(unit: BenchmarkUnit, value: number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (unit === 'percent' && (value < 0 || value > 100)) return 'must be a percent from 0 to 100';
  if (value < 0) return `must not be negative (the unit is ${unit})`;
  return null;
}

export function schoolYearProblem(period: PlanPeriod, schoolYear: string): string | null {
  const years = schoolYearsOfPeriod(period);
  return years.includes(schoolYear) ? null : `must be a school year of the plan: ${years.join(', ')}`;
}

// A figure beyond its type: the contract's limits, then the unit's range (when the unit is known).
export function figureProblem(unit: BenchmarkUnit | undefined, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const parsed = Measure.safeParse(value);
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'must be a number';
  return unit === undefined ? null : rangeProblem(unit, parsed.data);
}

interface MeasureFigures {
  readonly unit: BenchmarkUnit;
  readonly baseline?: { readonly value: number } | undefined;
  readonly targets?: readonly { readonly schoolYear: string; readonly target: number | null }[] | undefined;
}

// The rules a measure follows beyond the contract's types, for the form and
// the import alike: its figures in its unit's range, its targets in the
// plan's school years. Keyed by the contract's field paths.
export function measureProblems(period: PlanPeriod, { unit, baseline, targets = [] }: MeasureFigures): Record<string, string> {
  const problems: Record<string, string | null> = { 'baseline.value': baseline === undefined ? null : rangeProblem(unit, baseline.value) };
  targets.forEach(({ schoolYear, target }, index) => {
    problems[`targets.${index}.schoolYear`] = schoolYearProblem(period, schoolYear);
    problems[`targets.${index}.target`] = rangeProblem(unit, target);
  });
  return Object.fromEntries(Object.entries(problems).filter((entry): entry is [string, string] => entry[1] !== null));
}

// Sets a school year's target, actual or both; a field left out keeps its
// value. A change raises the benchmark's version; setting what is already
// there changes nothing.
export function setBenchmarkValue(
  period: PlanPeriod,
  benchmark: Benchmark,
  schoolYear: string,
  input: BenchmarkValueInput,
): WriteResult<BenchmarkValueChange> {
  const year = schoolYearProblem(period, schoolYear);
  if (year !== null) return refused(invalidFields({ schoolYear: year }, 'path parameter'));
  const stale = staleVersion('benchmark', benchmark.version, input.version);
  if (stale !== null) return refused(stale);
  const problems: Record<string, string> = {};
  for (const field of ['target', 'actual'] as const) {
    const problem = rangeProblem(benchmark.unit, input[field]);
    if (problem !== null) problems[field] = problem;
  }
  if (Object.keys(problems).length > 0) return refused(invalidFields(problems));
  const before = benchmark.years.find((y) => y.schoolYear === schoolYear) ?? { schoolYear, target: null, actual: null };
  const after: BenchmarkYear = {
    schoolYear,
    target: input.target === undefined ? before.target : input.target,
    actual: input.actual === undefined ? before.actual : input.actual,
  };
  if (after.target === before.target && after.actual === before.actual) return accepted({ benchmark, before, after, changed: false });
  const years = [...benchmark.years.filter((y) => y.schoolYear !== schoolYear), after].sort((a, b) => a.schoolYear.localeCompare(b.schoolYear));
  return accepted({ benchmark: { ...benchmark, years, version: benchmark.version + 1 }, before, after, changed: true });
}
