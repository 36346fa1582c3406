import { describe, expect, it } from 'vitest';
import { aRecord, anUpdate } from '../../tests/action-fixtures';
import type { UpdateInput } from '../contract/action-writes';
import { pefPlan } from './pef-plan';
import { statusAsOf } from './status-as-of';
import { applyUpdate } from './update-writes';

const now = new Date('2026-11-22T12:00:00Z');
const record = aRecord({
  startQuarter: '2025-Q1',
  version: 4,
  updates: [anUpdate('2025-Q1', 'on-track', 10), anUpdate('2025-Q2', 'on-track', 25)],
});
const input: UpdateInput = { quarter: '2025-Q3', status: 'at-risk', percentComplete: 30, note: 'Venue fell through.' };

function fieldsOf(result: ReturnType<typeof applyUpdate>) {
  return result.ok ? null : { code: result.error.code, fields: result.error.fields };
}

describe('applyUpdate', () => {
  it('adds a new quarter’s update by the author, at the time given, and raises the version', () => {
    const result = applyUpdate(pefPlan.period, record, input, 'Staff member', now);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const update = { ...input, author: 'Staff member', createdAt: '2026-11-22T12:00:00.000Z' };
    expect(result.value).toEqual({ record: { ...record, version: 5, updates: [...record.updates, update] }, update, replaced: null });
    expect(statusAsOf(result.value.record.updates, '2025-Q3').status).toBe('at-risk');
  });

  it('replaces the update of a quarter already reported, keeping one per quarter', () => {
    const result = applyUpdate(pefPlan.period, record, { ...input, quarter: '2025-Q2' }, 'Staff member', now);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.replaced).toEqual(record.updates[1]);
    expect(result.value.record.updates.map((u) => [u.quarter, u.status])).toEqual([
      ['2025-Q1', 'on-track'],
      ['2025-Q2', 'at-risk'],
    ]);
  });

  it('accepts the current quarter and refuses the next one', () => {
    expect(applyUpdate(pefPlan.period, record, { ...input, quarter: '2026-Q4' }, 'S', now).ok).toBe(true);
    expect(fieldsOf(applyUpdate(pefPlan.period, record, { ...input, quarter: '2027-Q1' }, 'S', now))).toEqual({
      code: 'bad_request',
      fields: { quarter: 'must not be after the current quarter, 2026-Q4' },
    });
  });

  it('refuses quarters outside the plan or before the action starts', () => {
    expect(fieldsOf(applyUpdate(pefPlan.period, record, { ...input, quarter: '2023-Q2' }, 'S', now))?.fields).toEqual({
      quarter: 'must be within the plan period, 2023-Q3 to 2027-Q2',
    });
    expect(fieldsOf(applyUpdate(pefPlan.period, record, { ...input, quarter: '2024-Q4' }, 'S', now))?.fields).toEqual({
      quarter: 'must not be before 2025-Q1, when the action starts',
    });
  });

  it('keeps completion final: nothing is reported after it, nor completed before a later report', () => {
    const done = aRecord({ startQuarter: '2025-Q1', updates: [anUpdate('2025-Q1', 'on-track', 50), anUpdate('2025-Q2', 'completed', 100)] });
    expect(fieldsOf(applyUpdate(pefPlan.period, done, input, 'S', now))?.fields).toEqual({
      quarter: 'must not be after 2025-Q2, when the action was reported completed',
    });
    const reopened = applyUpdate(pefPlan.period, done, { ...input, quarter: '2025-Q2' }, 'S', now);
    expect(reopened.ok).toBe(true);
    const early = { quarter: '2025-Q1', status: 'completed', percentComplete: 100, note: '' } as const;
    expect(fieldsOf(applyUpdate(pefPlan.period, done, early, 'S', now))?.fields).toEqual({
      status: 'cannot be completed in 2025-Q1: later quarters already have updates (2025-Q2)',
    });
  });

  it('checks the version only when one is sent', () => {
    expect(applyUpdate(pefPlan.period, record, { ...input, version: 4 }, 'S', now).ok).toBe(true);
    const stale = applyUpdate(pefPlan.period, record, { ...input, version: 3 }, 'S', now);
    expect(stale.ok ? null : stale.error.code).toBe('conflict');
  });
});

describe('applyUpdate and the report before', () => {
  it('refuses a fall in progress without a note, and changes nothing', () => {
    const result = applyUpdate(pefPlan.period, record, { quarter: '2025-Q3', status: 'on-track', percentComplete: 5, note: '' }, 'S', now);
    expect(fieldsOf(result)?.fields).toEqual({ note: 'is required when progress falls from 25 % (2025-Q2) to 5 %: say why' });
  });

  it('accepts the fall with a note saying why', () => {
    const result = applyUpdate(pefPlan.period, record, { quarter: '2025-Q3', status: 'on-track', percentComplete: 5, note: 'Rescoped.' }, 'S', now);
    expect(result.ok).toBe(true);
  });
});
