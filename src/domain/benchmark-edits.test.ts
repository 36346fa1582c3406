import { describe, expect, it } from 'vitest';
import type { NewBenchmark } from '../contract/benchmark-writes';
import type { Benchmark } from '../contract/benchmarks';
import { absenceBenchmark, sampleNewBenchmark } from '../../tests/benchmark-fixtures';
import { benchmarkIdFor, createBenchmark, editBenchmark } from './benchmark-edits';
import { pefPlan } from './pef-plan';

const period = pefPlan.period;
const input: NewBenchmark = { ...sampleNewBenchmark, studentGroups: ['foster-youth', 'english-learners'] };
const stored: Benchmark = { ...absenceBenchmark, version: 3, sample: true };

describe('benchmarkIdFor', () => {
  it('makes an id of the name, numbered when taken', () => {
    expect(benchmarkIdFor('Chronic absenteeism (K–12)', new Set())).toBe('chronic-absenteeism-k-12');
    expect(benchmarkIdFor('Chronic absenteeism', new Set(['chronic-absenteeism', 'chronic-absenteeism-2']))).toBe('chronic-absenteeism-3');
    expect(benchmarkIdFor('学习', new Set())).toBe('measure');
    expect(benchmarkIdFor('x'.repeat(300), new Set())).toHaveLength(56);
  });
});

describe('createBenchmark', () => {
  it('keeps the targets set, in school-year order, and tracks each group from the first school year', () => {
    const result = createBenchmark(period, input, 'counselor-caseload');
    expect(result).toMatchObject({ ok: true, value: { id: 'counselor-caseload', version: 1, sample: false, name: 'Counselor caseload' } });
    if (!result.ok) return;
    expect(result.value.years).toEqual([
      { schoolYear: '2024-25', target: 420, actual: null },
      { schoolYear: '2026-27', target: 350, actual: null },
    ]);
    expect(result.value.groups.map((g) => g.studentGroupId)).toEqual(['english-learners', 'foster-youth']);
    expect(result.value.groups[0]?.values.map((v) => v.schoolYear)).toEqual(['2023-24', '2024-25', '2025-26', '2026-27']);
  });

  it('refuses figures outside the unit and targets outside the plan, naming each field', () => {
    const result = createBenchmark(period, { ...input, unit: 'percent', baseline: { schoolYear: '2022-23', value: 480 }, targets: [{ schoolYear: '2030-31', target: -1 }] }, 'x');
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'bad_request',
        message: 'Invalid request body: baseline.value, targets.0.schoolYear, targets.0.target',
        fields: {
          'baseline.value': 'must be a percent from 0 to 100',
          'targets.0.schoolYear': 'must be a school year of the plan: 2023-24, 2024-25, 2025-26, 2026-27',
          'targets.0.target': 'must be a percent from 0 to 100',
        },
      },
    });
  });
});

describe('editBenchmark', () => {
  it('changes the fields given, keeps the actuals, and raises the version', () => {
    const result = editBenchmark(period, stored, { name: 'Absences', targets: [{ schoolYear: '2023-24', target: 15 }], version: 3 });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.changed).toEqual(['name', 'targets']);
    expect(result.value.benchmark).toMatchObject({ name: 'Absences', version: 4, description: stored.description });
    expect(result.value.benchmark.years[0]).toEqual({ schoolYear: '2023-24', target: 15, actual: 17.2 });
  });

  it('changes nothing when the patch sets what is there', () => {
    expect(editBenchmark(period, stored, { name: stored.name, version: 3 })).toEqual({ ok: true, value: { benchmark: stored, changed: [] } });
  });

  it('refuses a stale version, a unit the recorded figures do not fit, and dropping a group with actuals', () => {
    expect(editBenchmark(period, stored, { name: 'x', version: 2 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(editBenchmark(period, { ...stored, years: [{ schoolYear: '2023-24', target: 120, actual: null }] }, { unit: 'percent', version: 3 })).toMatchObject({
      ok: false,
      error: { fields: { unit: 'must fit the figures already recorded (120 must be a percent from 0 to 100)' } },
    });
    expect(editBenchmark(period, stored, { studentGroups: ['foster-youth'], version: 3 })).toMatchObject({
      ok: false,
      error: { fields: { studentGroups: 'must keep English learners: its actuals for 2023-24 would be lost' } },
    });
    const dropped = editBenchmark(period, stored, { studentGroups: ['english-learners'], version: 3 });
    expect(dropped.ok && dropped.value.benchmark.groups.map((g) => g.studentGroupId)).toEqual(['english-learners']);
  });
});
