import { describe, expect, it } from 'vitest';
import { aRecord, anUpdate } from '../../../tests/action-fixtures';
import { absenceBenchmark } from '../../../tests/benchmark-fixtures';
import { actionFieldsOf } from '../action-writes';
import type { ActionImport } from './action-sheet';
import { planActionImport, planBenchmarkImport, planUpdateImport, sameValue } from './plan-import';

const stored = aRecord({ id: 'a-001', updates: [anUpdate('2024-Q4', 'on-track', 40)] });
const asImported = (overrides: Partial<ActionImport> = {}): ActionImport => ({ ...actionFieldsOf(stored), id: 'a-001', ...overrides });

describe('planActionImport', () => {
  it('says which actions are new, which change and in what fields, and which stay as they are', () => {
    const plan = planActionImport(
      [asImported(), asImported({ id: 'a-002' }), asImported({ id: 'a-003', title: 'Renamed', studentGroups: ['foster-youth'] })],
      [stored, { ...stored, id: 'a-003' }],
    );
    expect(plan).toEqual({ created: ['a-002'], changed: [{ id: 'a-003', fields: ['title', 'studentGroups'] }], unchanged: ['a-001'] });
  });

  it('compares the list of student groups in order, as the action keeps it', () => {
    const twoGroups = aRecord({ id: 'a-001', studentGroups: ['english-learners', 'foster-youth'] });
    expect(planActionImport([asImported({ studentGroups: ['foster-youth', 'english-learners'] })], [twoGroups]).changed).toEqual([
      { id: 'a-001', fields: ['studentGroups'] },
    ]);
  });
});

describe('planUpdateImport', () => {
  it('matches updates by action and quarter, and compares what they report, not who or when', () => {
    const current = [{ actionId: 'a-001', quarter: '2024-Q4', status: 'on-track' as const, percentComplete: 40, note: '' }];
    const incoming = [
      { ...current[0]!, author: 'Someone else', createdAt: null },
      { ...current[0]!, quarter: '2025-Q1', author: null, createdAt: null },
      { ...current[0]!, actionId: 'a-002', author: null, createdAt: null },
    ];
    expect(planUpdateImport(incoming, current)).toEqual({ created: ['a-001 2025-Q1', 'a-002 2024-Q4'], changed: [], unchanged: ['a-001 2024-Q4'] });
    expect(planUpdateImport([{ ...incoming[0]!, percentComplete: 50, note: 'More circles' }], current).changed).toEqual([
      { id: 'a-001 2024-Q4', fields: ['percentComplete', 'note'] },
    ]);
  });
});

describe('planBenchmarkImport', () => {
  const benchmark = absenceBenchmark;

  it('finds the same figures the same, in whatever order they are listed', () => {
    const reordered = { ...benchmark, years: [...benchmark.years].reverse(), groups: [...benchmark.groups].reverse() };
    expect(planBenchmarkImport([reordered], [{ ...benchmark, version: 3, sample: false }])).toEqual({ created: [], changed: [], unchanged: ['absence'] });
  });

  it('names the fields whose figures changed', () => {
    const changed = { ...benchmark, baseline: { schoolYear: '2022-23', value: 19 }, years: [{ schoolYear: '2023-24', target: 16, actual: 17.3 }] };
    expect(planBenchmarkImport([changed], [benchmark]).changed).toEqual([{ id: 'absence', fields: ['baseline', 'years'] }]);
  });
});

describe('sameValue', () => {
  it('compares values deeply, whatever the order of object keys', () => {
    expect(sameValue({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue(null, {})).toBe(false);
    expect(sameValue([], {})).toBe(false);
  });
});
