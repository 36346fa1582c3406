import type { Benchmark, BenchmarkUnit } from '../contract/benchmarks';
import { studentGroupLabels, type StudentGroupId } from '../contract/ids';
import { formatValue } from './format-measure';
import { schoolYearLabel } from './quarters';

// What the benchmark charts draw. A missing figure stays null, so a school
// year not yet reported is left out of the line, never drawn as zero.

export interface TrendPoint {
  schoolYear: string;
  label: string;
  target: number | null;
  actual: number | null;
}

export interface BenchmarkTrend {
  points: TrendPoint[];
  baseline: { label: string; value: number };
  // Whether any school year has an actual: without one there is nothing to compare.
  reported: boolean;
  // Round steps for the value axis that take in the baseline, targets and actuals.
  ticks: number[];
}

export function benchmarkTrend(benchmark: Pick<Benchmark, 'baseline' | 'years'>): BenchmarkTrend {
  const points = [...benchmark.years]
    .sort((a, b) => a.schoolYear.localeCompare(b.schoolYear))
    .map((year) => ({
      schoolYear: year.schoolYear,
      label: schoolYearLabel(year.schoolYear),
      target: year.target,
      actual: year.actual,
    }));
  const values = points.flatMap((point) => [point.target, point.actual]).filter((value) => value !== null);
  return {
    points,
    baseline: { label: `Baseline ${schoolYearLabel(benchmark.baseline.schoolYear)}`, value: benchmark.baseline.value },
    reported: points.some((point) => point.actual !== null),
    ticks: niceTicks([benchmark.baseline.value, ...values]),
  };
}

const niceSteps = [1, 2, 2.5, 5, 10];

// About `count` evenly spaced round values (steps of 1, 2, 2.5 or 5 times a
// power of ten) from at or below the smallest value to at or above the largest;
// never below zero when no value is.
export function niceTicks(values: readonly number[], count = 5): number[] {
  const finite = values.filter((value) => Number.isFinite(value));
  if (finite.length === 0) return [0, 1];
  let min = Math.min(...finite);
  let max = Math.max(...finite);
  if (min === max) {
    const spread = Math.abs(min) * 0.1 || 1;
    [min, max] = [min >= 0 ? Math.max(0, min - spread) : min - spread, max + spread];
  }
  const rough = (max - min) / Math.max(1, count - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = (niceSteps.find((multiple) => multiple * power >= rough) ?? 10) * power;
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  const last = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let tick = Math.floor(min / step) * step; tick <= last + step / 2; tick += step) {
    ticks.push(Number(tick.toFixed(decimals)));
  }
  return ticks;
}

export interface GroupBar {
  studentGroupId: StudentGroupId;
  label: string;
  actual: number;
  allStudents: boolean;
}

export interface GroupSnapshot {
  schoolYear: string;
  label: string;
  // Highest value first; ties in the order of the groups' names.
  bars: GroupBar[];
  // Groups tracked for the measure that have no value for that school year.
  unreported: { studentGroupId: StudentGroupId; label: string }[];
}

// The student groups' values in the latest school year any group has one for,
// or null when no group has a value yet.
export function latestGroupSnapshot(benchmark: Pick<Benchmark, 'groups'>): GroupSnapshot | null {
  const reportedYears = benchmark.groups.flatMap((group) =>
    group.values.filter((value) => value.actual !== null).map((value) => value.schoolYear),
  );
  const schoolYear = reportedYears.reduce<string | null>(
    (latest, year) => (latest === null || year > latest ? year : latest),
    null,
  );
  if (schoolYear === null) return null;

  const bars: GroupBar[] = [];
  const unreported: GroupSnapshot['unreported'] = [];
  for (const group of benchmark.groups) {
    const label = studentGroupLabels[group.studentGroupId];
    const actual = group.values.find((value) => value.schoolYear === schoolYear)?.actual ?? null;
    if (actual === null) unreported.push({ studentGroupId: group.studentGroupId, label });
    else bars.push({ studentGroupId: group.studentGroupId, label, actual, allStudents: group.studentGroupId === 'all-students' });
  }
  bars.sort((a, b) => b.actual - a.actual || a.label.localeCompare(b.label));
  return { schoolYear, label: schoolYearLabel(schoolYear), bars, unreported };
}

// One line on the spread between groups, e.g.
// "2025–26: highest Foster youth, 31.2%; lowest Asian, 9.8%; all students 15.4%".
export function groupSummary(snapshot: GroupSnapshot, unit: BenchmarkUnit): string {
  const { bars } = snapshot;
  const first = bars[0];
  const last = bars.at(-1);
  if (first === undefined || last === undefined) return `${snapshot.label}: no student group reported`;
  if (bars.length === 1) return `${snapshot.label}: ${first.label}, ${formatValue(first.actual, unit)}`;
  const all = bars.find((bar) => bar.allStudents);
  const parts = [
    `highest ${first.label}, ${formatValue(first.actual, unit)}`,
    `lowest ${last.label}, ${formatValue(last.actual, unit)}`,
    ...(all === undefined ? [] : [`all students ${formatValue(all.actual, unit)}`]),
  ];
  return `${snapshot.label}: ${parts.join('; ')}`;
}
