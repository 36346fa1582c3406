import { describe, expect, it } from 'vitest';
import {
  addQuarters,
  clampQuarter,
  compareQuarters,
  formatQuarter,
  isInPeriod,
  isQuarterKey,
  lastCompleteQuarter,
  nextQuarter,
  parseQuarter,
  previousQuarter,
  quarterLabel,
  quarterMonths,
  quarterMonthSpan,
  quarterOfDate,
  quarterRange,
  schoolYearLabel,
  schoolYearOfQuarter,
  schoolYearsOfPeriod,
  schoolYearStart,
} from './quarters';

const period = { startQuarter: '2023-Q3', endQuarter: '2027-Q2' };

describe('quarter keys', () => {
  it('parses and formats round trip', () => {
    expect(parseQuarter('2025-Q3')).toEqual({ year: 2025, q: 3 });
    expect(formatQuarter({ year: 2025, q: 3 })).toBe('2025-Q3');
    expect(formatQuarter(parseQuarter('0999-Q1'))).toBe('0999-Q1');
  });

  it.each(['2025-Q0', '2025-Q5', '2025Q3', '25-Q3', '2025-q3', ' 2025-Q3', '2025-Q3 ', ''])(
    'rejects "%s"',
    (bad) => {
      expect(isQuarterKey(bad)).toBe(false);
      expect(() => parseQuarter(bad)).toThrow(/Not a quarter key/);
    },
  );

  it('steps across year boundaries', () => {
    expect(nextQuarter('2024-Q4')).toBe('2025-Q1');
    expect(previousQuarter('2025-Q1')).toBe('2024-Q4');
    expect(addQuarters('2023-Q3', 15)).toBe('2027-Q2');
    expect(addQuarters('2027-Q2', -15)).toBe('2023-Q3');
    expect(addQuarters('2025-Q2', 0)).toBe('2025-Q2');
  });

  it('compares chronologically, not as text', () => {
    expect(compareQuarters('2025-Q1', '2024-Q4')).toBeGreaterThan(0);
    expect(compareQuarters('2024-Q4', '2025-Q1')).toBeLessThan(0);
    expect(compareQuarters('2025-Q2', '2025-Q2')).toBe(0);
    expect(compareQuarters('0999-Q4', '1000-Q1')).toBeLessThan(0);
  });

  it('lists an inclusive range and nothing for a reversed one', () => {
    expect(quarterRange('2024-Q3', '2025-Q2')).toEqual(['2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2']);
    expect(quarterRange('2025-Q2', '2025-Q2')).toEqual(['2025-Q2']);
    expect(quarterRange('2025-Q3', '2025-Q2')).toEqual([]);
    expect(quarterRange(period.startQuarter, period.endQuarter)).toHaveLength(16);
  });
});

describe('dates', () => {
  it('finds the quarter of a date in UTC', () => {
    expect(quarterOfDate(new Date('2026-11-22T10:00:00Z'))).toBe('2026-Q4');
    expect(quarterOfDate(new Date('2026-03-31T23:59:59Z'))).toBe('2026-Q1');
    expect(quarterOfDate(new Date('2026-04-01T00:00:00Z'))).toBe('2026-Q2');
    expect(quarterOfDate(new Date('2026-01-01T00:00:00Z'))).toBe('2026-Q1');
  });

  it('gives the last complete quarter, across a year boundary too', () => {
    expect(lastCompleteQuarter(new Date('2026-11-22T10:00:00Z'))).toBe('2026-Q3');
    expect(lastCompleteQuarter(new Date('2026-02-10T00:00:00Z'))).toBe('2025-Q4');
  });
});

describe('school years', () => {
  it('puts July–December in the school year that starts then', () => {
    expect(schoolYearOfQuarter('2025-Q3')).toBe('2025-26');
    expect(schoolYearOfQuarter('2025-Q4')).toBe('2025-26');
    expect(schoolYearOfQuarter('2026-Q1')).toBe('2025-26');
    expect(schoolYearOfQuarter('2026-Q2')).toBe('2025-26');
    expect(schoolYearOfQuarter('1999-Q3')).toBe('1999-00');
  });

  it('lists the four school years of the plan', () => {
    expect(schoolYearsOfPeriod(period)).toEqual(['2023-24', '2024-25', '2025-26', '2026-27']);
  });

  it('reads the start year of a school year and rejects other text', () => {
    expect(schoolYearStart('2025-26')).toBe(2025);
    expect(() => schoolYearStart('2025')).toThrow(/Not a school year/);
  });
});

describe('the plan period', () => {
  it('clamps to its first and last quarter', () => {
    expect(clampQuarter('2022-Q1', period)).toBe('2023-Q3');
    expect(clampQuarter('2030-Q4', period)).toBe('2027-Q2');
    expect(clampQuarter('2025-Q1', period)).toBe('2025-Q1');
    expect(clampQuarter('2023-Q3', period)).toBe('2023-Q3');
  });

  it('tells whether a quarter lies inside it, bounds included', () => {
    expect(isInPeriod('2023-Q3', period)).toBe(true);
    expect(isInPeriod('2027-Q2', period)).toBe(true);
    expect(isInPeriod('2023-Q2', period)).toBe(false);
    expect(isInPeriod('2027-Q3', period)).toBe(false);
  });
});

describe('labels', () => {
  it('reads as people write them', () => {
    expect(quarterLabel('2025-Q3')).toBe('Q3 2025');
    expect(quarterMonths('2025-Q3')).toBe('Jul–Sep 2025');
    expect(quarterMonths('2026-Q1')).toBe('Jan–Mar 2026');
    expect(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2'].map(quarterMonthSpan)).toEqual(['Jul–Sep', 'Oct–Dec', 'Jan–Mar', 'Apr–Jun']);
    expect(schoolYearLabel('2025-26')).toBe('2025–26');
  });
});
