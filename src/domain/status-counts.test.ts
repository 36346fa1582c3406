import { describe, expect, it } from 'vitest';
import { focusAreaIds, priorityIds, statusIds } from '../contract/ids';
import { countStatuses, emptyCounts, matrixCounts, totalOf } from './status-counts';

describe('status counts', () => {
  it('has every status, at zero, when empty', () => {
    const counts = emptyCounts();
    expect(Object.keys(counts).sort()).toEqual([...statusIds].sort());
    expect(totalOf(counts)).toBe(0);
  });

  it('counts each status', () => {
    const counts = countStatuses(['on-track', 'on-track', 'at-risk', 'completed']);
    expect(counts).toMatchObject({ 'on-track': 2, 'at-risk': 1, completed: 1, 'off-track': 0 });
    expect(totalOf(counts)).toBe(4);
  });
});

describe('matrixCounts', () => {
  const actions = [
    { priorityId: 'wellness', focusAreaId: 'voice-agency', status: 'on-track' },
    { priorityId: 'wellness', focusAreaId: 'voice-agency', status: 'at-risk' },
    { priorityId: 'wellness', focusAreaId: 'community-building', status: 'on-track' },
    { priorityId: 'technology', focusAreaId: 'voice-agency', status: 'completed' },
  ] as const;

  it('counts per cell, row, column and in all', () => {
    const matrix = matrixCounts(actions, priorityIds, focusAreaIds);
    expect(matrix.cells.wellness['voice-agency']).toMatchObject({ 'on-track': 1, 'at-risk': 1 });
    expect(totalOf(matrix.cells.wellness['voice-agency'])).toBe(2);
    expect(totalOf(matrix.rows.wellness)).toBe(3);
    expect(totalOf(matrix.columns['voice-agency'])).toBe(3);
    expect(matrix.columns['voice-agency'].completed).toBe(1);
    expect(totalOf(matrix.total)).toBe(4);
  });

  it('has an empty entry for every cell without actions', () => {
    const matrix = matrixCounts(actions, priorityIds, focusAreaIds);
    expect(Object.keys(matrix.cells)).toEqual([...priorityIds]);
    for (const priority of priorityIds) expect(Object.keys(matrix.cells[priority])).toEqual([...focusAreaIds]);
    expect(totalOf(matrix.cells['respond-to-change']['strategic-alignment'])).toBe(0);
    expect(totalOf(matrix.rows['respond-to-change'])).toBe(0);
  });

  it('row totals and column totals both add up to the grand total', () => {
    const matrix = matrixCounts(actions, priorityIds, focusAreaIds);
    const byRows = priorityIds.reduce((sum, p) => sum + totalOf(matrix.rows[p]), 0);
    const byColumns = focusAreaIds.reduce((sum, f) => sum + totalOf(matrix.columns[f]), 0);
    expect(byRows).toBe(totalOf(matrix.total));
    expect(byColumns).toBe(totalOf(matrix.total));
  });

  it('leaves out actions outside the priorities and focus areas asked for', () => {
    const matrix = matrixCounts(actions, ['wellness'], ['voice-agency']);
    expect(totalOf(matrix.total)).toBe(2);
  });
});
