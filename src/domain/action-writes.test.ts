import { describe, expect, it } from 'vitest';
import { aRecord, anUpdate } from '../../tests/action-fixtures';
import type { NewAction } from '../contract/action-writes';
import { actionFieldProblems, actionFieldsOf, actionSnapshot, createActionRecord, editActionRecord, nextActionId } from './action-writes';
import { pefPlan } from './pef-plan';

const input: NewAction = {
  title: 'Family math nights',
  description: 'Evening workshops for families at three elementary schools.',
  priorityId: 'academic-benchmarks',
  focusAreaId: 'community-building',
  strategyId: null,
  owner: 'Dana Lee',
  startQuarter: '2025-Q3',
  dueQuarter: '2026-Q2',
  studentGroups: ['english-learners', 'socioeconomically-disadvantaged'],
};

describe('actionFieldProblems', () => {
  it('finds nothing wrong with fields that fit the plan', () => {
    expect(actionFieldProblems(pefPlan, input)).toEqual({});
    expect(actionFieldProblems(pefPlan, { ...input, priorityId: 'wellness', strategyId: 'wellness-2' })).toEqual({});
  });

  it('wants the strategy to belong to the priority, or none for a priority without strategies', () => {
    expect(actionFieldProblems(pefPlan, { ...input, strategyId: 'wellness-2' }).strategyId).toMatch(
      /^must be a strategy of the priority academic-benchmarks \(academic-benchmarks-1, .*\) or null$/,
    );
    expect(actionFieldProblems(pefPlan, { ...input, priorityId: 'respond-to-change', strategyId: 'wellness-1' })).toEqual({
      strategyId: 'must be null: the priority respond-to-change has no strategies',
    });
  });

  it('keeps both quarters inside the plan period and in order', () => {
    const why = 'must be within the plan period, 2023-Q3 to 2027-Q2';
    expect(actionFieldProblems(pefPlan, { ...input, startQuarter: '2023-Q2', dueQuarter: '2027-Q3' })).toEqual({
      startQuarter: why,
      dueQuarter: why,
    });
    expect(actionFieldProblems(pefPlan, { ...input, startQuarter: '2026-Q3', dueQuarter: '2026-Q2' })).toEqual({
      dueQuarter: 'must not be before the start quarter',
    });
    expect(actionFieldProblems(pefPlan, { ...input, startQuarter: '2023-Q3', dueQuarter: '2027-Q2' })).toEqual({});
  });

  it('does not let the start move past the first quarter with an update', () => {
    const updates = [anUpdate('2025-Q4', 'on-track', 20), anUpdate('2025-Q3', 'on-track', 10)];
    expect(actionFieldProblems(pefPlan, { ...input, startQuarter: '2025-Q3' }, updates)).toEqual({});
    expect(actionFieldProblems(pefPlan, { ...input, startQuarter: '2025-Q4' }, updates)).toEqual({
      startQuarter: 'must be no later than 2025-Q3, the first quarter with an update',
    });
  });
});

describe('nextActionId', () => {
  it('is one more than the highest a- number, padded to three digits', () => {
    expect(nextActionId([])).toBe('a-001');
    expect(nextActionId(['a-001', 'a-096', 'a-010', 'a-test', 'x-500'])).toBe('a-097');
    expect(nextActionId(['a-999'])).toBe('a-1000');
  });
});

describe('createActionRecord', () => {
  it('makes a version 1 record without updates, not sample data', () => {
    const result = createActionRecord(pefPlan, input, 'a-097');
    expect(result).toEqual({ ok: true, value: { ...input, id: 'a-097', version: 1, sample: false, updates: [] } });
  });

  it('refuses fields that do not fit the plan with a 400 naming them', () => {
    const result = createActionRecord(pefPlan, { ...input, startQuarter: '2031-Q1', strategyId: 'nope' }, 'a-097');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('bad_request');
    expect(Object.keys(result.error.fields ?? {}).sort()).toEqual(['dueQuarter', 'startQuarter', 'strategyId']);
    expect(result.error.message).toBe('Invalid request body: strategyId, startQuarter, dueQuarter');
  });
});

describe('editActionRecord', () => {
  const record = aRecord({ version: 3, updates: [anUpdate('2024-Q2', 'on-track', 20)] });

  it('changes the fields given, raises the version and says what changed', () => {
    const result = editActionRecord(pefPlan, record, { version: 3, title: 'New title', owner: record.owner });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.changed).toEqual(['title']);
    expect(result.value.record).toEqual({ ...record, title: 'New title', version: 4 });
  });

  it('leaves the record and its version alone when nothing differs', () => {
    const result = editActionRecord(pefPlan, record, { version: 3, studentGroups: [...record.studentGroups] });
    expect(result).toEqual({ ok: true, value: { record, changed: [] } });
  });

  it('refuses a stale version with a conflict that says to reload', () => {
    const result = editActionRecord(pefPlan, record, { version: 2, title: 'New title' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('conflict');
    expect(result.error.message).toMatch(/Someone else changed this action.*reload/);
  });

  it('checks the action as it would become: a new priority needs a strategy of its own', () => {
    const withStrategy = aRecord({ strategyId: 'teachers-leaders-1' });
    const moved = editActionRecord(pefPlan, withStrategy, { version: 1, priorityId: 'wellness' });
    expect(moved.ok ? null : moved.error.fields).toEqual({ strategyId: expect.stringMatching(/priority wellness/) });
    expect(editActionRecord(pefPlan, withStrategy, { version: 1, priorityId: 'wellness', strategyId: null }).ok).toBe(true);
    const late = editActionRecord(pefPlan, record, { version: 3, startQuarter: '2024-Q3', dueQuarter: '2026-Q1' });
    expect(late.ok ? null : late.error.fields).toEqual({ startQuarter: expect.stringMatching(/no later than 2024-Q2/) });
  });
});

describe('actionSnapshot', () => {
  it('keeps the named fields and the version', () => {
    const record = aRecord({ version: 2 });
    expect(actionSnapshot(record, ['title'])).toEqual({ title: record.title, version: 2 });
    expect(actionSnapshot(record)).toEqual({ ...actionFieldsOf(record), version: 2 });
    expect(actionSnapshot(record)).not.toHaveProperty('updates');
  });
});
