import { describe, expect, it } from 'vitest';
import type { BenchmarkYear } from '../contract/benchmarks';
import { formatValue, latestReportedYear, latestSummary, metLabel } from './format-measure';

describe('formatValue', () => {
  it('writes percentages with at most one decimal', () => {
    expect(formatValue(78.4, 'percent')).toBe('78.4%');
    expect(formatValue(78, 'percent')).toBe('78%');
    expect(formatValue(100, 'percent')).toBe('100%');
    expect(formatValue(0, 'percent')).toBe('0%');
  });

  it('writes counts as whole numbers with thousands separators', () => {
    expect(formatValue(1250, 'count')).toBe('1,250');
    expect(formatValue(6, 'count')).toBe('6');
    expect(formatValue(1234567, 'count')).toBe('1,234,567');
  });

  it('writes dollars without cents', () => {
    expect(formatValue(125000, 'dollars')).toBe('$125,000');
    expect(formatValue(18000, 'dollars')).toBe('$18,000');
    expect(formatValue(0, 'dollars')).toBe('$0');
  });

  it('writes days with the word, singular for one', () => {
    expect(formatValue(12, 'days')).toBe('12 days');
    expect(formatValue(1, 'days')).toBe('1 day');
    expect(formatValue(7.5, 'days')).toBe('7.5 days');
  });

  it('writes ratios against one', () => {
    expect(formatValue(3.1, 'ratio')).toBe('3.1 : 1');
    expect(formatValue(1.25, 'ratio')).toBe('1.25 : 1');
    expect(formatValue(1, 'ratio')).toBe('1 : 1');
  });
});

describe('metLabel', () => {
  it('says met, not met, or that there is no result', () => {
    expect(metLabel(true)).toBe('Met');
    expect(metLabel(false)).toBe('Not met');
    expect(metLabel(null)).toBe('No result');
  });
});

const year = (schoolYear: string, target: number | null, actual: number | null): BenchmarkYear => ({ schoolYear, target, actual });

describe('latestReportedYear', () => {
  it('is the newest school year with an actual, whatever the order', () => {
    const years = [year('2024-25', 82, 79), year('2026-27', 86, null), year('2023-24', 80, 78), year('2025-26', 84, 85)];
    expect(latestReportedYear(years)?.schoolYear).toBe('2025-26');
  });

  it('is undefined when no year is reported', () => {
    expect(latestReportedYear([year('2023-24', 80, null)])).toBeUndefined();
    expect(latestReportedYear([])).toBeUndefined();
  });
});

describe('latestSummary', () => {
  const baseline = { schoolYear: '2022-23', value: 75 };

  it('says a higher-is-better target was not met when the actual fell short', () => {
    const years = [year('2024-25', 78, 79), year('2025-26', 80, 78), year('2026-27', 82, null)];
    expect(latestSummary({ unit: 'percent', direction: 'higher', baseline, years })).toBe(
      '2025–26: 78% against a target of 80%: not met',
    );
  });

  it('says a higher-is-better target was met at or above it', () => {
    const years = [year('2025-26', 80, 80)];
    expect(latestSummary({ unit: 'percent', direction: 'higher', baseline, years })).toBe('2025–26: 80% against a target of 80%: met');
  });

  it('says a lower-is-better target was met at or below it, and not met above it', () => {
    expect(latestSummary({ unit: 'days', direction: 'lower', baseline, years: [year('2024-25', 14, 12)] })).toBe(
      '2024–25: 12 days against a target of 14 days: met',
    );
    expect(latestSummary({ unit: 'ratio', direction: 'lower', baseline, years: [year('2024-25', 1.15, 1.2)] })).toBe(
      '2024–25: 1.2 : 1 against a target of 1.15 : 1: not met',
    );
  });

  it('says when the latest year has no target', () => {
    expect(latestSummary({ unit: 'dollars', direction: 'higher', baseline, years: [year('2025-26', null, 125000)] })).toBe(
      '2025–26: $125,000, no target set',
    );
  });

  it('falls back to the baseline when no year is reported yet', () => {
    expect(latestSummary({ unit: 'count', direction: 'higher', baseline: { schoolYear: '2022-23', value: 3200 }, years: [year('2023-24', 3600, null)] })).toBe(
      'No school year reported yet; baseline 2022–23: 3,200',
    );
  });
});
