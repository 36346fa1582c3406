import { describe, expect, it } from 'vitest';
import { pefPlan } from '../pef-plan';
import { absenceBenchmark } from '../../../tests/benchmark-fixtures';
import { benchmarkColumns, benchmarkSheetRows } from './benchmark-sheet';
import { readBenchmarkRows } from './read-benchmark-rows';
import { sheetTable } from './sheet-columns';
import type { SheetRow } from './sheet-rows';

const header = ['Benchmark ID', 'Priority', 'Name', 'Description', 'Unit', 'Direction', 'Baseline year', 'Baseline value', 'School year', 'Student group', 'Target', 'Actual'];
const details = ['absence', 'wellness', 'Chronic absenteeism', 'Share of students absent 10% of days or more.', 'Percent', 'Lower is better', '2022-23', '18.5'];
const good = [...details, '2023-24', '', '16', '17.2'];

const sheet = (...rows: string[][]): SheetRow[] => rows.map((cells, index) => ({ line: index + 1, cells }));
const withCell = (column: string, value: string, row = good) => row.map((cell, i) => (header[i] === column ? value : cell));
const read = (...rows: string[][]) => readBenchmarkRows(sheet(...rows), { plan: pefPlan });

const absence = absenceBenchmark;

describe('readBenchmarkRows', () => {
  it('gathers the rows of a benchmark, one per figure, into the benchmark with its years and groups', () => {
    const result = read(
      header,
      good,
      [...details, '2024-25', '', '14', ''],
      [...details, '2023-24', 'English learners', '', '21'],
      [...details, '', 'foster-youth', '', ''],
    );
    expect(result).toEqual({ problems: [], records: [{ line: 2, record: absence }] });
  });

  it('writes a row per figure, and a row for a benchmark or group without figures', () => {
    const table = sheetTable(benchmarkColumns(pefPlan), [absence, { ...absence, id: 'empty', years: [], groups: [] }].flatMap(benchmarkSheetRows));
    expect(table.map((row) => row.slice(8).concat(row[0] ?? ''))).toEqual([
      ['School year', 'Student group', 'Target', 'Actual', 'Benchmark ID'],
      ['2023-24', '', '16', '17.2', 'absence'],
      ['2024-25', '', '14', '', 'absence'],
      ['2023-24', 'English learners', '', '21', 'absence'],
      ['', 'Foster youth', '', '', 'absence'],
      ['', '', '', '', 'empty'],
    ]);
    expect(table[1]?.slice(1, 8)).toEqual(['2. PROMOTE SOCIAL AND EMOTIONAL WELLNESS', 'Chronic absenteeism', 'Share of students absent 10% of days or more.', 'Percent', 'Lower is better', '2022-23', '18.5']);
  });

  it('names the line, column and reason of a bad value in every column', () => {
    const bad: [string, string, RegExp][] = [
      ['Benchmark ID', '', /^is required: it is what a later import matches the record by$/],
      ['Priority', 'Sports', /^"Sports" is not known: use one of 1\. ATTRACT/],
      ['Name', '', /^is required$/],
      ['Description', 'd'.repeat(4001), /^must be at most 4000 characters$/],
      ['Unit', 'Furlongs', /^"Furlongs" is not known: use one of Percent, Count, US dollars, Days, Ratio, to 1/],
      ['Direction', 'Up', /^"Up" is not known: use one of Higher is better, Lower is better/],
      ['Baseline year', '2022', /^must be a school year like 2025-26$/],
      ['Baseline value', '120', /^must be a percent from 0 to 100$/],
      ['School year', '2030-31', /^must be a school year of the plan: 2023-24, 2024-25, 2025-26, 2026-27$/],
      ['Student group', 'Martians', /^"Martians" is not known: use one of All students/],
      ['Target', '-3', /^must be a percent from 0 to 100$/],
      ['Actual', 'n/a', /^"n\/a" is not a number/],
    ];
    const rows = bad.map(([column, value], index) => withCell(column, value, withCell('Benchmark ID', `b${index}`)));
    rows[0] = withCell('Benchmark ID', '');
    const result = read(header, ...rows);
    expect(result.records).toEqual([]);
    expect(result.problems).toEqual(bad.map(([column, , reason], index) => ({ line: index + 2, column, reason: expect.stringMatching(reason) })));
  });

  it('keeps targets to all students and figures to school years', () => {
    const result = read(header, withCell('Student group', 'Foster youth'), withCell('School year', ''));
    expect(result.problems).toEqual([
      { line: 2, column: 'Target', reason: "must be empty on a student group's row: targets are set for all students" },
      { line: 3, column: 'Target', reason: 'must be empty when the school year is: a figure belongs to a school year' },
      { line: 3, column: 'Actual', reason: 'must be empty when the school year is: a figure belongs to a school year' },
    ]);
  });

  it("reports a row whose details differ from its benchmark's first row, and a figure given twice", () => {
    const result = read(header, good, withCell('School year', '2024-25', withCell('Name', 'Absences')), good);
    expect(result.problems).toEqual([
      { line: 3, column: 'Name', reason: 'differs from line 2, the first row of benchmark absence: every row of a benchmark repeats its details' },
      { line: 4, column: 'School year', reason: 'repeats the benchmark, school year and student group of line 2: each may appear once in a file' },
    ]);
  });
});
