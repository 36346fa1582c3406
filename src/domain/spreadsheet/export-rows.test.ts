import { describe, expect, it } from 'vitest';
import { aRecord, anUpdate } from '../../../tests/action-fixtures';
import { actionSheetRow, exportFileName, updateSheetRows } from './export-rows';

const record = aRecord({
  id: 'a-001',
  updates: [anUpdate('2025-Q2', 'at-risk', 50, 'Venue fell through.'), anUpdate('2024-Q4', 'on-track', 40, 'Two circles met.'), anUpdate('2025-Q1', 'on-track', 45)],
});

describe('actionSheetRow', () => {
  it('gives the action as of the quarter with the note of the update its status comes from', () => {
    expect(actionSheetRow(record, '2025-Q3')).toMatchObject({ action: { status: 'at-risk', lastUpdateQuarter: '2025-Q2' }, latestNote: 'Venue fell through.' });
    expect(actionSheetRow(record, '2025-Q1')).toMatchObject({ action: { status: 'on-track', lastUpdateQuarter: '2025-Q1' }, latestNote: '' });
    expect(actionSheetRow(record, '2024-Q3')).toMatchObject({ action: { status: 'not-started', lastUpdateQuarter: null }, latestNote: '' });
  });
});

describe('updateSheetRows', () => {
  it('lists every update, action by action in the order given, oldest quarter first', () => {
    const other = aRecord({ id: 'a-000', updates: [anUpdate('2024-Q3', 'on-track', 10)] });
    expect(updateSheetRows([record, other]).map((r) => `${r.actionId} ${r.update.quarter}`)).toEqual(['a-001 2024-Q4', 'a-001 2025-Q1', 'a-001 2025-Q2', 'a-000 2024-Q3']);
  });
});

describe('exportFileName', () => {
  it('names the file after what it holds and the quarter or priority it is of', () => {
    expect(exportFileName('actions', 'csv', '2026-Q3')).toBe('pef-actions-2026-Q3.csv');
    expect(exportFileName('updates', 'xlsx', '2025-Q1')).toBe('pef-updates-2025-Q1.xlsx');
    expect(exportFileName('benchmarks', 'csv', undefined)).toBe('pef-benchmarks.csv');
    expect(exportFileName('benchmarks', 'xlsx', 'wellness')).toBe('pef-benchmarks-wellness.xlsx');
  });
});
