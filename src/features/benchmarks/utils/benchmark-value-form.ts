import type { BenchmarkValueInput } from '../../../contract/benchmark-writes';
import { measureLimit } from '../../../contract/benchmark-writes';
import type { Benchmark, BenchmarkUnit } from '../../../contract/benchmarks';

export interface BenchmarkValueForm {
  schoolYear: string;
  // As typed; empty means no value.
  target: string;
  actual: string;
}

export type BenchmarkValueField = keyof BenchmarkValueForm;
export const benchmarkValueLabels: Record<BenchmarkValueField, string> = { schoolYear: 'School year', target: 'Target', actual: 'Actual' };

const shown = (value: number | null) => (value === null ? '' : String(value));

export function benchmarkValueFormOf(benchmark: Benchmark, schoolYear: string): BenchmarkValueForm {
  const year = benchmark.years.find((y) => y.schoolYear === schoolYear);
  return { schoolYear, target: shown(year?.target ?? null), actual: shown(year?.actual ?? null) };
}

function parse(text: string): number | null {
  return text.trim() === '' ? null : Number(text.trim());
}

function problemOf(text: string, unit: BenchmarkUnit): string | undefined {
  const value = parse(text);
  if (value === null) return undefined;
  if (!Number.isFinite(value)) return 'Enter a number, or leave it empty for no value.';
  if (unit === 'percent' && (value < 0 || value > 100)) return 'Enter a percent from 0 to 100.';
  if (value < 0) return 'Enter a number that is not negative.';
  if (value > measureLimit) return 'Enter a smaller number.';
  return undefined;
}

// The domain's range rules, checked before sending.
export function checkBenchmarkValues(values: BenchmarkValueForm, unit: BenchmarkUnit): Partial<Record<BenchmarkValueField, string>> {
  const problems: Partial<Record<BenchmarkValueField, string>> = {};
  const target = problemOf(values.target, unit);
  const actual = problemOf(values.actual, unit);
  if (target !== undefined) problems.target = target;
  if (actual !== undefined) problems.actual = actual;
  return problems;
}

// Only the figures that differ from the stored ones (null clears one); null when neither does.
export function toBenchmarkValueInput(values: BenchmarkValueForm, benchmark: Benchmark): BenchmarkValueInput | null {
  const year = benchmark.years.find((y) => y.schoolYear === values.schoolYear);
  const input: BenchmarkValueInput = { version: benchmark.version };
  const target = parse(values.target);
  const actual = parse(values.actual);
  if (target !== (year?.target ?? null)) input.target = target;
  if (actual !== (year?.actual ?? null)) input.actual = actual;
  return input.target === undefined && input.actual === undefined ? null : input;
}
