import { describe, expect, it } from 'vitest';
import { auditChanges, describeAuditChange, formatAuditValue } from './audit-diff';

const described = (before: Record<string, unknown> | null, after: Record<string, unknown> | null) => auditChanges(before, after).map((change) => describeAuditChange(change));

describe('auditChanges', () => {
  it('lists each changed field, before → after, in the order of its name', () => {
    expect(described({ title: 'A', owner: 'Dana Lee', version: 1 }, { title: 'B', owner: 'Sam Ortiz', version: 2 })).toEqual([
      'owner: Dana Lee → Sam Ortiz',
      'title: A → B',
    ]);
  });

  it('leaves out fields that did not change, and the version every write moves', () => {
    expect(auditChanges({ title: 'A', status: 'on-track', version: 3 }, { title: 'A', status: 'at-risk', version: 4 })).toEqual([
      { field: 'status', kind: 'changed', before: 'on-track', after: 'at-risk' },
    ]);
    expect(auditChanges({ version: 1 }, { version: 2 })).toEqual([]);
    expect(auditChanges({ a: 1 }, { a: 1 })).toEqual([]);
  });

  it('lists every field of a creation as added, and of a removal as removed', () => {
    expect(described(null, { name: 'Dana Lee', role: 'board', active: true, version: 1 })).toEqual(['active: yes (added)', 'name: Dana Lee (added)', 'role: board (added)']);
    expect(described({ note: 'x' }, null)).toEqual(['note: x (removed)']);
    expect(auditChanges(null, null)).toEqual([]);
  });

  it('tells a key that appeared or went from one that changed, also when its value is null or undefined', () => {
    expect(auditChanges({ strategyId: null }, {})).toEqual([{ field: 'strategyId', kind: 'removed', before: null, after: undefined }]);
    expect(auditChanges({}, { strategyId: null })).toEqual([{ field: 'strategyId', kind: 'added', before: undefined, after: null }]);
    expect(auditChanges({ a: null }, { a: 0 })).toEqual([{ field: 'a', kind: 'changed', before: null, after: 0 }]);
    expect(auditChanges({ a: undefined }, {})).toEqual([{ field: 'a', kind: 'removed', before: undefined, after: undefined }]);
  });

  it('follows nested records to the values that changed, with added and removed keys', () => {
    const before = { years: { '2024-25': { target: 80, actual: 78 }, '2025-26': { target: 82 } }, unit: '%' };
    const after = { years: { '2024-25': { target: 80, actual: 79 }, '2026-27': { target: 85 } }, unit: '%' };
    expect(described(before, after)).toEqual([
      'years.2024-25.actual: 78 → 79',
      'years.2025-26.target: 82 (removed)',
      'years.2026-27.target: 85 (added)',
    ]);
  });

  it('compares a record with a plain value as one change', () => {
    expect(described({ value: { a: 1 } }, { value: 3 })).toEqual(['value: {"a":1} → 3']);
    expect(described({ value: 'x' }, { value: { a: 1 } })).toEqual(['value: x → {"a":1}']);
  });

  it('treats a list as one value: equal lists are unchanged, a different order is a change', () => {
    expect(auditChanges({ groups: ['a', 'b'] }, { groups: ['a', 'b'] })).toEqual([]);
    expect(described({ groups: ['a', 'b'] }, { groups: ['b', 'a'] })).toEqual(['groups: a, b → b, a']);
    expect(described({ groups: [] }, { groups: ['english-learners'] })).toEqual(['groups: (none) → english-learners']);
    expect(auditChanges({ rows: [{ a: 1 }] }, { rows: [{ a: 1 }] })).toEqual([]);
    expect(auditChanges({ rows: [{ a: 1 }] }, { rows: [{ a: 2 }] })).toHaveLength(1);
  });

  it('sees a version inside a nested record as a change: only the top-level one is bookkeeping', () => {
    expect(described({ update: { version: 1 } }, { update: { version: 2 } })).toEqual(['update.version: 1 → 2']);
  });

  it('treats NaN as equal to itself and 0 as different from -0 only by Object.is', () => {
    expect(auditChanges({ a: Number.NaN }, { a: Number.NaN })).toEqual([]);
    expect(auditChanges({ a: 1 }, { a: '1' })).toEqual([{ field: 'a', kind: 'changed', before: 1, after: '1' }]);
  });
});

describe('describeAuditChange', () => {
  it('names the field as the caller words it', () => {
    const [change] = auditChanges({ owner: 'A' }, { owner: 'B' });
    if (change === undefined) throw new Error('no change');
    expect(describeAuditChange(change, (field) => field.toUpperCase())).toBe('OWNER: A → B');
  });
});

describe('formatAuditValue', () => {
  it.each([
    [undefined, '(none)'],
    [null, '(empty)'],
    ['', '(blank)'],
    [true, 'yes'],
    [false, 'no'],
    [42.5, '42.5'],
    ['On track', 'On track'],
    ['2026-10-08T17:00:00.000Z', 'Oct 8, 2026, 5:00 PM UTC'],
    ['2026-12-01T00:27Z', 'Dec 1, 2026, 12:27 AM UTC'],
    ['2026-10-08', '2026-10-08'],
    ['2026-13-45T99:00:00Z', '2026-13-45T99:00:00Z'],
    [['a', null, 2], 'a, (empty), 2'],
    [{ a: [1] }, '{"a":[1]}'],
  ])('writes %j as %s', (value, text) => {
    expect(formatAuditValue(value)).toBe(text);
  });
});
