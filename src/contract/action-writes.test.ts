import { describe, expect, it } from 'vitest';
import { ActionPatch, NewAction, UpdateInput } from './action-writes';
import { AuditFilters, auditEntityTypes } from './audit';
import { BenchmarkValueInput } from './benchmark-writes';
import { fieldErrors } from './errors';

type Schema = typeof NewAction | typeof ActionPatch | typeof UpdateInput | typeof BenchmarkValueInput | typeof AuditFilters;

function problems(schema: Schema, input: unknown): Record<string, string> {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldErrors(result.error.issues);
}

const action = {
  title: '  Family math nights ',
  description: '',
  priorityId: 'academic-benchmarks',
  focusAreaId: 'community-building',
  strategyId: null,
  owner: 'Dana Lee',
  startQuarter: '2025-Q3',
  dueQuarter: '2026-Q2',
  studentGroups: ['english-learners'],
};

describe('NewAction', () => {
  it('accepts a whole action, trimming its texts', () => {
    expect(NewAction.parse(action).title).toBe('Family math nights');
  });

  it('names each missing, mistyped or unknown field', () => {
    const { title: _title, ...noTitle } = action;
    expect(problems(NewAction, noTitle)).toEqual({ title: 'must be a string' });
    expect(problems(NewAction, { ...action, title: '   ' })).toEqual({ title: 'is required' });
    expect(problems(NewAction, { ...action, owner: 'x'.repeat(121) })).toEqual({ owner: 'must be at most 120 characters' });
    expect(problems(NewAction, { ...action, studentGroups: [] })).toEqual({ studentGroups: expect.stringMatching(/^must name at least one/) });
    expect(problems(NewAction, { ...action, studentGroups: ['asian', 'asian'] })).toEqual({ studentGroups: 'must not name a student group twice' });
    expect(problems(NewAction, { ...action, id: 'a-001', status: 'on-track' })).toEqual({ body: 'has unknown fields: id, status' });
    expect(problems(NewAction, { ...action, dueQuarter: '2025-Q2' })).toEqual({ dueQuarter: 'must not be before the start quarter' });
  });
});

describe('ActionPatch', () => {
  it('takes any of the fields with the version read', () => {
    expect(ActionPatch.parse({ owner: 'Sam Ortiz', version: 3 })).toEqual({ owner: 'Sam Ortiz', version: 3 });
  });

  it('wants the version and at least one field', () => {
    expect(problems(ActionPatch, { owner: 'Sam' })).toEqual({ version: 'must be the version number you read (a whole number)' });
    expect(problems(ActionPatch, { version: 0, owner: 'Sam' })).toEqual({ version: 'must be the version number you read (1 or more)' });
    expect(problems(ActionPatch, { version: 2 })).toEqual({ body: expect.stringMatching(/^must change at least one of: title, /) });
    expect(problems(ActionPatch, { version: 2, sample: false })).toHaveProperty('body', 'has unknown fields: sample');
  });
});

describe('UpdateInput', () => {
  const update = { quarter: '2026-Q3', status: 'on-track', percentComplete: 40, note: '' };

  it('accepts an update, with or without the version', () => {
    expect(UpdateInput.parse(update)).toEqual(update);
    expect(UpdateInput.parse({ ...update, version: 2 })).toEqual({ ...update, version: 2 });
  });

  it('wants a note for at risk and off track, and 100 % for completed', () => {
    expect(problems(UpdateInput, { ...update, status: 'at-risk', note: '  ' })).toEqual({ note: expect.stringMatching(/^is required when/) });
    expect(problems(UpdateInput, { ...update, status: 'off-track' })).toHaveProperty('note');
    expect(problems(UpdateInput, { ...update, status: 'completed', percentComplete: 95 })).toEqual({
      percentComplete: 'must be 100 when the status is completed',
    });
    expect(problems(UpdateInput, { ...update, status: 'completed', percentComplete: 100 })).toEqual({});
  });

  it('wants a whole percent from 0 to 100 and a quarter key', () => {
    expect(problems(UpdateInput, { ...update, percentComplete: 40.5 })).toEqual({ percentComplete: 'must be a whole number' });
    expect(problems(UpdateInput, { ...update, percentComplete: 101 })).toHaveProperty('percentComplete');
    expect(problems(UpdateInput, { ...update, quarter: '2026-Q5' })).toEqual({ quarter: 'must be a quarter like 2025-Q3' });
  });
});

describe('BenchmarkValueInput', () => {
  it('takes a target, an actual or both, each a number or null', () => {
    expect(BenchmarkValueInput.parse({ actual: null, version: 1 })).toEqual({ actual: null, version: 1 });
    expect(problems(BenchmarkValueInput, { version: 1 })).toEqual({ body: 'must set target, actual or both (null clears a value)' });
    expect(problems(BenchmarkValueInput, { target: '80', version: 1 })).toEqual({ target: 'must be a number or null' });
    expect(problems(BenchmarkValueInput, { target: 1e13, version: 1 })).toEqual({ target: 'must be at most 1000000000000' });
    expect(problems(BenchmarkValueInput, { target: 1, version: 1, schoolYear: '2024-25' })).toEqual({ body: 'has unknown fields: schoolYear' });
  });
});

describe('AuditFilters', () => {
  it('reads the limit from the query string and bounds it', () => {
    expect(AuditFilters.parse({ limit: '20', entityType: 'action' })).toEqual({ limit: 20, entityType: 'action' });
    for (const limit of ['0', '501', '2.5', 'ten', '']) {
      expect(problems(AuditFilters, { limit }), limit).toEqual({ limit: 'must be a whole number from 1 to 500' });
    }
    expect(problems(AuditFilters, { entityType: 'person' })).toEqual({ entityType: `must be one of: ${auditEntityTypes.join(', ')}` });
  });

  it('reads the page, and the days in order', () => {
    expect(AuditFilters.parse({ page: '3', from: '2026-11-01', to: '2026-11-01' })).toEqual({ page: 3, from: '2026-11-01', to: '2026-11-01' });
    for (const page of ['0', '-1', '1.5', 'next']) expect(problems(AuditFilters, { page }), page).toEqual({ page: 'must be a whole number of 1 or more' });
    for (const day of ['2026-02-29', '2026-13-01', '26-11-01', 'today']) expect(problems(AuditFilters, { from: day }), day).toEqual({ from: 'must be a date like 2026-11-22' });
    expect(problems(AuditFilters, { from: '2026-11-02', to: '2026-11-01' })).toEqual({ to: 'must not be before the from date' });
  });
});
