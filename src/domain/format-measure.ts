import type { Benchmark, BenchmarkUnit, BenchmarkYear, Direction } from '../contract/benchmarks';
import { benchmarkMet } from './benchmark-met';
import { schoolYearLabel } from './quarters';

// Benchmark figures in words, the same on screen, in tables and in reports.

const upToOneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const upToTwoDecimals = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const wholeNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const wholeDollars = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});

// "78.4%", "1,250", "$125,000", "12 days", "3.1 : 1"
export function formatValue(value: number, unit: BenchmarkUnit): string {
  switch (unit) {
    case 'percent':
      return `${upToOneDecimal.format(value)}%`;
    case 'count':
      return wholeNumber.format(value);
    case 'dollars':
      return wholeDollars.format(value);
    case 'days':
      return `${upToOneDecimal.format(value)} ${value === 1 ? 'day' : 'days'}`;
    case 'ratio':
      return `${upToTwoDecimals.format(value)} : 1`;
  }
}

export const unitLabels: Record<BenchmarkUnit, string> = {
  percent: 'Percent',
  count: 'Count',
  dollars: 'US dollars',
  days: 'Days',
  ratio: 'Ratio, to 1',
};

export const directionLabels: Record<Direction, string> = {
  higher: 'Higher is better',
  lower: 'Lower is better',
};

export function metLabel(met: boolean | null): string {
  if (met === null) return 'No result';
  return met ? 'Met' : 'Not met';
}

export type ReportedYear = BenchmarkYear & { actual: number };

function isReported(year: BenchmarkYear): year is ReportedYear {
  return year.actual !== null;
}

// The most recent school year that has an actual, if any has.
export function latestReportedYear(years: readonly BenchmarkYear[]): ReportedYear | undefined {
  const reported = years.filter(isReported);
  return reported.reduce<ReportedYear | undefined>(
    (latest, year) => (latest === undefined || year.schoolYear > latest.schoolYear ? year : latest),
    undefined,
  );
}

// One line on where the measure stands, e.g.
// "2025–26: 78% against a target of 80%: not met".
export function latestSummary(benchmark: Pick<Benchmark, 'unit' | 'direction' | 'baseline' | 'years'>): string {
  const { unit, direction, baseline } = benchmark;
  const latest = latestReportedYear(benchmark.years);
  if (latest === undefined) {
    return `No school year reported yet; baseline ${schoolYearLabel(baseline.schoolYear)}: ${formatValue(baseline.value, unit)}`;
  }
  const lead = `${schoolYearLabel(latest.schoolYear)}: ${formatValue(latest.actual, unit)}`;
  if (latest.target === null) return `${lead}, no target set`;
  const met = benchmarkMet(direction, latest.target, latest.actual);
  return `${lead} against a target of ${formatValue(latest.target, unit)}: ${met ? 'met' : 'not met'}`;
}
