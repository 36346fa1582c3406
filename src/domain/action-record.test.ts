import { describe, expect, it } from 'vitest';
import { aRecord, anUpdate } from '../../tests/action-fixtures';
import { actionAsOf, actionDetailAsOf } from './action-record';

// Given out of order on purpose: a record's updates have no order.
const record = aRecord({
  startQuarter: '2024-Q1',
  updates: [
    anUpdate('2024-Q3', 'at-risk', 30, 'Partner funding delayed.'),
    anUpdate('2024-Q1', 'on-track', 10),
    anUpdate('2025-Q1', 'completed', 100),
    anUpdate('2024-Q2', 'on-track', 25),
  ],
});

describe('actionAsOf', () => {
  it('is not started, at 0 % and with no last update, before the first update', () => {
    const action = actionAsOf(record, '2023-Q4');
    expect(action).toMatchObject({ status: 'not-started', percentComplete: 0, lastUpdateQuarter: null });
  });

  it('takes status and percent from the latest update at or before the quarter', () => {
    expect(actionAsOf(record, '2024-Q3')).toMatchObject({ status: 'at-risk', percentComplete: 30, lastUpdateQuarter: '2024-Q3' });
    expect(actionAsOf(record, '2024-Q4')).toMatchObject({ status: 'at-risk', percentComplete: 30, lastUpdateQuarter: '2024-Q3' });
    expect(actionAsOf(record, '2026-Q2')).toMatchObject({ status: 'completed', percentComplete: 100, lastUpdateQuarter: '2025-Q1' });
  });

  it('keeps every field of the record and drops the updates', () => {
    const action = actionAsOf(record, '2024-Q2');
    expect(action).not.toHaveProperty('updates');
    expect({ ...action, updates: record.updates }).toEqual({
      ...record,
      status: 'on-track',
      percentComplete: 25,
      lastUpdateQuarter: '2024-Q2',
    });
  });

  it('is not started for a record without updates', () => {
    expect(actionAsOf(aRecord({ updates: [] }), '2026-Q3')).toMatchObject({
      status: 'not-started',
      percentComplete: 0,
      lastUpdateQuarter: null,
    });
  });
});

describe('actionDetailAsOf', () => {
  it('lists the updates newest first', () => {
    const detail = actionDetailAsOf(record, '2026-Q3', '2026-Q3');
    expect(detail.updates.map((u) => u.quarter)).toEqual(['2025-Q1', '2024-Q3', '2024-Q2', '2024-Q1']);
    expect(detail.updates[1]).toEqual(anUpdate('2024-Q3', 'at-risk', 30, 'Partner funding delayed.'));
  });

  it('carries the status as of the quarter beside the updates', () => {
    const detail = actionDetailAsOf(record, '2024-Q2', '2026-Q3');
    expect(detail).toMatchObject({ status: 'on-track', percentComplete: 25, lastUpdateQuarter: '2024-Q2' });
    expect(actionDetailAsOf(record, '2023-Q4', '2026-Q3')).toMatchObject({ status: 'not-started', lastUpdateQuarter: null });
  });

  it('says which quarter it is as of and the newest quarter anyone reported in', () => {
    expect(actionDetailAsOf(record, '2024-Q2', '2026-Q3')).toMatchObject({ asOf: '2024-Q2', latestReported: '2026-Q3' });
    expect(actionDetailAsOf(record, '2023-Q3', null)).toMatchObject({ asOf: '2023-Q3', latestReported: null });
  });

  it('does not reorder the stored record', () => {
    actionDetailAsOf(record, '2026-Q3', '2026-Q3');
    expect(record.updates.map((u) => u.quarter)).toEqual(['2024-Q3', '2024-Q1', '2025-Q1', '2024-Q2']);
  });
});
