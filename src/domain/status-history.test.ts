import { describe, expect, it } from 'vitest';
import { lastCountedQuarter, statusHistory } from './status-history';

const actions = [
  { updates: [{ quarter: '2024-Q1', status: 'on-track', percentComplete: 10 }, { quarter: '2024-Q2', status: 'completed', percentComplete: 100 }] },
  { updates: [{ quarter: '2024-Q2', status: 'at-risk', percentComplete: 20 }] },
  { updates: [] },
] as const;

describe('statusHistory', () => {
  const quarters = ['2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3'];

  it('counts every action in every reported quarter', () => {
    const history = statusHistory(actions, quarters, '2024-Q2');
    expect(history.map((q) => q.quarter)).toEqual(quarters);
    expect(history[0]?.counts).toMatchObject({ 'not-started': 3, 'on-track': 0 });
    expect(history[1]?.counts).toMatchObject({ 'not-started': 2, 'on-track': 1 });
    expect(history[2]?.counts).toMatchObject({ 'not-started': 1, 'at-risk': 1, completed: 1, 'on-track': 0 });
  });

  it('marks quarters after the latest report as not reported, with nothing counted', () => {
    const history = statusHistory(actions, quarters, '2024-Q2');
    expect(history.map((q) => q.reported)).toEqual([true, true, true, false]);
    expect(Object.values(history[3]?.counts ?? {}).every((n) => n === 0)).toBe(true);
  });

  it('reports nothing when nothing was ever reported', () => {
    expect(statusHistory(actions, quarters, null).every((q) => !q.reported)).toBe(true);
  });
});

describe('lastCountedQuarter', () => {
  it('is the newest reported quarter, never past the default as-of quarter', () => {
    expect(lastCountedQuarter('2026-Q2', '2026-Q3')).toBe('2026-Q2');
    expect(lastCountedQuarter('2026-Q3', '2026-Q3')).toBe('2026-Q3');
    // An update in the quarter in progress (or one not yet published) is not counted.
    expect(lastCountedQuarter('2026-Q4', '2026-Q3')).toBe('2026-Q3');
    expect(lastCountedQuarter('2027-Q1', '2026-Q2')).toBe('2026-Q2');
  });

  it('is none while nothing is reported', () => {
    expect(lastCountedQuarter(null, '2026-Q3')).toBeNull();
  });
});
